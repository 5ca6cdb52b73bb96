import { type Lens, ZLens } from "./schema";

const book = "001_7207fcfacbc516e0.txt" as const;

/**
 * The five lenses of Kaats & Opheij (seed 001). Sub-themes follow the
 * book's table of contents; "neglect" paraphrases figure 8.2 and §8.2.
 */
export const lenses: readonly Lens[] = ZLens.array().parse([
  {
    id: "ambition",
    name: { nl: "Ambitie", en: "Ambition" },
    leadingQuestion: {
      nl: "Weten de partners waarom zij samen optrekken, en spreekt dat hen aan?",
      en: "Do the partners know why they work together, and does that appeal to them?",
    },
    explanation: {
      nl: "Een gedeeld en aansprekend doel houdt een samenwerking bij elkaar. Deze invalshoek gaat over wat de partners samen willen bereiken, hoe belangrijk de samenwerking voor ieder van hen is en wat de betrokken leiders persoonlijk drijft.",
      en: "A shared and appealing goal holds a collaboration together. This lens covers what the partners want to achieve together, how much the collaboration matters to each of them and what personally drives the leaders involved.",
    },
    subThemes: [
      {
        id: "ambition.binding-agent",
        name: { nl: "Ambitie als bindmiddel", en: "Ambition as the glue" },
        source: { seed: book, section: "contents 3.1, 3.1.1" },
      },
      {
        id: "ambition.agreement",
        name: { nl: "Overeenstemming over de ambitie", en: "Agreeing on the ambition" },
        source: { seed: book, section: "contents 3.1.2, 3.1.4" },
      },
      {
        id: "ambition.network-logic",
        name: { nl: "De logica van het netwerk", en: "The logic of the network" },
        source: { seed: book, section: "contents 3.1.3" },
      },
      {
        id: "ambition.competition-law",
        name: { nl: "Mededinging", en: "Competition law" },
        source: { seed: book, section: "contents 3.1.5" },
      },
      {
        id: "ambition.mission-goals",
        name: { nl: "Missie, doelen en strategie", en: "Mission, goals and strategy" },
        source: { seed: book, section: "contents 3.1.6" },
      },
      {
        id: "ambition.strategic-importance",
        name: { nl: "Strategisch belang", en: "Strategic importance" },
        source: { seed: book, section: "contents 3.2" },
      },
      {
        id: "ambition.personal-drivers",
        name: { nl: "Persoonlijke drijfveren van leiders", en: "Personal drivers of leaders" },
        source: { seed: book, section: "contents 3.3" },
      },
      {
        id: "ambition.development-choices",
        name: { nl: "Keuzes in het ontwikkelen van de ambitie", en: "Choices in developing the ambition" },
        source: { seed: book, section: "contents 3.4" },
      },
    ],
    neglect: {
      nl: "Zonder levende ambitie verwordt samenwerken tot het afvinken van actielijsten. De inspiratie sijpelt weg en partners doen nog mee voor de vorm: schijnsamenwerking ligt op de loer.",
      en: "Without a living ambition, working together shrinks to ticking off action lists. Inspiration seeps away and partners take part for appearances only: sham collaboration is around the corner.",
    },
    advice: {
      nl: "Maak de ambitie opnieuw tot onderwerp van gesprek: laat elke partner vertellen wat zij zelf wil bereiken, zoek het gezamenlijke verhaal en vertaal dat naar enkele concrete, toetsbare doelen.",
      en: "Put the ambition back on the table: let every partner say what it wants to achieve, look for the shared story and turn it into a few concrete goals you can check.",
    },
    source: { seed: book, section: "ch. 3; 8.2.1" },
  },
  {
    id: "interests",
    name: { nl: "Belangen", en: "Interests" },
    leadingQuestion: {
      nl: "Krijgt elke partner recht gedaan, en wordt er echt over belangen gesproken?",
      en: "Does every partner get a fair deal, and do the partners really talk about interests?",
    },
    explanation: {
      nl: "Partners werken samen omdat het hen iets oplevert. Deze invalshoek gaat over het benoemen van belangen achter de standpunten, over waarde creëren in plaats van verdelen, en over een open dialoog met partners en omgeving.",
      en: "Partners collaborate because it brings them something. This lens is about naming the interests behind positions, about creating value rather than dividing it, and about an open dialogue with partners and stakeholders.",
    },
    subThemes: [
      {
        id: "interests.positions-to-interests",
        name: { nl: "Van standpunten naar belangen", en: "From positions to interests" },
        source: { seed: book, section: "contents 4.1.1" },
      },
      {
        id: "interests.kinds",
        name: { nl: "Soorten belangen", en: "Kinds of interests" },
        source: { seed: book, section: "contents 4.1.2" },
      },
      {
        id: "interests.value-creation",
        name: { nl: "Waarde creëren (win-win)", en: "Creating value (win-win)" },
        source: { seed: book, section: "contents 4.2.1" },
      },
      {
        id: "interests.issues",
        name: { nl: "Knelpunten serieus nemen", en: "Taking the issues seriously" },
        source: { seed: book, section: "contents 4.2.2" },
      },
      {
        id: "interests.trusted-negotiation",
        name: { nl: "Onderhandelen vanuit een duurzame relatie", en: "Negotiating from a lasting relationship" },
        source: { seed: book, section: "contents 4.2.3" },
      },
      {
        id: "interests.dialogue",
        name: {
          nl: "Dialoog: betrouwbaarheid, gedeelde taal, samen denken",
          en: "Dialogue: reliability, shared language, thinking together",
        },
        source: { seed: book, section: "contents 4.3" },
      },
      {
        id: "interests.stakeholders",
        name: { nl: "Strategisch omgevingsmanagement", en: "Strategic stakeholder management" },
        source: { seed: book, section: "contents 4.4" },
      },
    ],
    neglect: {
      nl: "Wie belangen onbesproken laat, krijgt verborgen agenda’s en een gevoel van oneerlijke verdeling. Partners haken stil af of gaan elk hun eigen weg.",
      en: "Leaving interests unspoken breeds hidden agendas and a sense of unfair sharing. Partners quietly drop out or each go their own way.",
    },
    advice: {
      nl: "Organiseer een gesprek waarin elke partner zijn belangen (niet zijn standpunten) op tafel legt, maak inzichtelijk wat ieder investeert en terugkrijgt, en zoek naar opties die de taart groter maken.",
      en: "Hold a conversation in which every partner puts its interests (not its positions) on the table, make visible what each invests and gets back, and look for options that enlarge the pie.",
    },
    source: { seed: book, section: "ch. 4; 8.2.2" },
  },
  {
    id: "people",
    name: { nl: "Mensen en relaties", en: "People and relations" },
    leadingQuestion: {
      nl: "Is er genoeg vertrouwen, en gaan mensen goed om met macht, conflict en verschil?",
      en: "Is there enough trust, and do people handle power, conflict and difference well?",
    },
    explanation: {
      nl: "Samenwerken is mensenwerk. Deze invalshoek kijkt naar vertrouwen en waakzaamheid, naar wat er in de groep gebeurt (macht, conflict, diversiteit), naar verbindend leiderschap en naar de continuïteit van persoonlijke relaties.",
      en: "Collaboration is done by people. This lens looks at trust and vigilance, at what happens in the group (power, conflict, diversity), at connecting leadership and at the continuity of personal relations.",
    },
    subThemes: [
      {
        id: "people.trust",
        name: { nl: "Vertrouwen en waakzaamheid", en: "Trust and vigilance" },
        source: { seed: book, section: "contents 5.1" },
      },
      {
        id: "people.group-dynamics",
        name: { nl: "Groepsdynamiek", en: "Group dynamics" },
        source: { seed: book, section: "contents 5.2.1" },
      },
      {
        id: "people.power",
        name: { nl: "Macht en invloed", en: "Power and influence" },
        source: { seed: book, section: "contents 5.2.2, 5.3.2" },
      },
      {
        id: "people.conflict-diversity",
        name: { nl: "Conflict en diversiteit", en: "Conflict and diversity" },
        source: { seed: book, section: "contents 5.2.3, 5.3.3, 5.3.4" },
      },
      {
        id: "people.constructive-dynamics",
        name: { nl: "Constructieve dynamiek", en: "Constructive dynamics" },
        source: { seed: book, section: "contents 5.3" },
      },
      {
        id: "people.connecting-leadership",
        name: { nl: "Verbindend leiderschap", en: "Connecting leadership" },
        source: { seed: book, section: "contents 5.4, 5.4.1" },
      },
      {
        id: "people.executives",
        name: { nl: "Rollen en dilemma’s van bestuurders", en: "Roles and dilemmas of executives" },
        source: { seed: book, section: "contents 5.4.3–5.4.5" },
      },
      {
        id: "people.continuity",
        name: { nl: "Continuïteit van persoonlijke relaties", en: "Continuity of personal relations" },
        source: { seed: book, section: "contents 5.4.6" },
      },
    ],
    neglect: {
      nl: "Wie het onzichtbare negeert (gevoelens, macht, oud zeer), ziet de samenwerking vastlopen op wantrouwen, vijandbeelden of een onderhuids machtsspel, hoe goed de afspraken op papier ook zijn.",
      en: "Ignoring the invisible (feelings, power, old grievances) lets the collaboration stall on distrust, enemy images or an undercurrent of power play, however good the agreements on paper.",
    },
    advice: {
      nl: "Investeer bewust in de relatie: maak ruimte om vertrouwen, machtsverschillen en spanningen te bespreken, zorg voor vaste gezichten aan tafel en voor leiders die verbinden in plaats van hun positie te verdedigen.",
      en: "Invest in the relationship on purpose: make room to discuss trust, differences in power and tensions, keep the same faces at the table and choose leaders who connect instead of defending their position.",
    },
    source: { seed: book, section: "ch. 5; 8.2.3" },
  },
  {
    id: "organisation",
    name: { nl: "Organisatie", en: "Organisation" },
    leadingQuestion: {
      nl: "Is de samenwerking professioneel georganiseerd: partners, vorm, besturing en middelen?",
      en: "Is the collaboration organised professionally: partners, form, governance and resources?",
    },
    explanation: {
      nl: "Goede bedoelingen hebben een stevige basis nodig. Deze invalshoek gaat over de keuze van partners, de grondvorm en juridische vorm, de besturing en besluitvorming, de businesscase en de informatievoorziening, en bij netwerken over regie en positie.",
      en: "Good intentions need a sound footing. This lens covers the choice of partners, the basic and legal form, governance and decision making, the business case and the information infrastructure, and for networks, direction and position.",
    },
    subThemes: [
      {
        id: "organisation.partner-choice",
        name: { nl: "De juiste partners", en: "The right partners" },
        source: { seed: book, section: "contents 6.2.1" },
      },
      {
        id: "organisation.basic-form",
        name: { nl: "Grondvorm en juridische vorm", en: "Basic form and legal form" },
        source: { seed: book, section: "contents 6.2.2, 6.2.4" },
      },
      {
        id: "organisation.governance",
        name: { nl: "Besturing en besluitvorming", en: "Governance and decision making" },
        source: { seed: book, section: "contents 6.2.3" },
      },
      {
        id: "organisation.business-case",
        name: { nl: "De businesscase", en: "The business case" },
        source: { seed: book, section: "contents 6.2.5" },
      },
      {
        id: "organisation.information",
        name: { nl: "Informatie en communicatie", en: "Information and communication" },
        source: { seed: book, section: "contents 6.2.6" },
      },
      {
        id: "organisation.network-direction",
        name: { nl: "Regie en positie in het netwerk", en: "Direction and position in the network" },
        source: { seed: book, section: "contents 6.3.5–6.3.7" },
      },
      {
        id: "organisation.identity",
        name: { nl: "Identiteit en sociaal kapitaal", en: "Identity and social capital" },
        source: { seed: book, section: "contents 6.3.8" },
      },
    ],
    neglect: {
      nl: "Zonder heldere organisatie verzandt de samenwerking: niemand weet wie wat beslist, middelen ontbreken en afspraken blijven vrijblijvend. Dat is onderorganisatie.",
      en: "Without a clear organisation the collaboration gets bogged down: nobody knows who decides what, resources are lacking and agreements stay non-committal. That is under-organisation.",
    },
    advice: {
      nl: "Leg vast wie waarover beslist, wie wat doet en wat ieder inbrengt en terugkrijgt. Kies bewust tussen een contractuele vorm en partnerschap, en organiseer een vaste plek voor coördinatie en informatie.",
      en: "Agree who decides on what, who does what and what each brings in and gets back. Choose deliberately between a contractual form and a partnership, and give coordination and information a fixed home.",
    },
    source: { seed: book, section: "ch. 6; 8.2.4" },
  },
  {
    id: "process",
    name: { nl: "Proces", en: "Process" },
    leadingQuestion: {
      nl: "Ontwikkelt de samenwerking zich, levert zij resultaat en leert zij van wat er gebeurt?",
      en: "Does the collaboration develop, deliver results and learn from what happens?",
    },
    explanation: {
      nl: "Samenwerking is een proces dat fasen doorloopt en steeds opnieuw betekenis krijgt. Deze invalshoek gaat over de fase waarin jullie zitten, het zichtbaar maken van effecten, leren en bijsturen, procesmanagement, en bewust stoppen als dat beter is.",
      en: "Collaboration is a process that passes through phases and keeps taking on meaning. This lens is about the phase you are in, making effects visible, learning and adjusting, process management, and stopping deliberately when that is better.",
    },
    subThemes: [
      {
        id: "process.phases",
        name: { nl: "Fasen van de samenwerking", en: "Phases of the collaboration" },
        source: { seed: book, section: "contents 7.2.2" },
      },
      {
        id: "process.meaning",
        name: { nl: "Inhoudelijke betekenisgeving", en: "Giving meaning to the content" },
        source: { seed: book, section: "contents 7.2.3" },
      },
      {
        id: "process.conditions",
        name: { nl: "Condities identificeren", en: "Identifying conditions" },
        source: { seed: book, section: "contents 7.2.4" },
      },
      {
        id: "process.effects",
        name: { nl: "Effecten realiseren", en: "Realising effects" },
        source: { seed: book, section: "contents 7.2.5" },
      },
      {
        id: "process.learning",
        name: { nl: "Vitaal blijven door te leren", en: "Staying vital by learning" },
        source: { seed: book, section: "contents 7.3" },
      },
      {
        id: "process.ending",
        name: { nl: "Bewust beëindigen of uitstappen", en: "Ending or leaving deliberately" },
        source: { seed: book, section: "contents 7.4" },
      },
      {
        id: "process.roles",
        name: { nl: "Procesmanagement en verbindend handelen", en: "Process management and connecting" },
        source: { seed: book, section: "contents 7.5" },
      },
    ],
    neglect: {
      nl: "Zonder aandacht voor het proces blijft de samenwerking hangen in praten of schiet zij door in doen. Resultaten blijven uit of worden niet gezien, en niemand leert van wat misgaat.",
      en: "Without attention to the process the collaboration either stays stuck in talk or rushes into action. Results fail to come or go unnoticed, and nobody learns from what goes wrong.",
    },
    advice: {
      nl: "Benoem samen in welke fase jullie zitten en wat die vraagt, maak kleine resultaten zichtbaar, plan vaste momenten om terug te kijken en bij te sturen, en beleg het procesmanagement bij iemand die alle partners vertrouwen.",
      en: "Agree which phase you are in and what it asks of you, make small results visible, plan regular moments to look back and adjust, and give process management to someone all partners trust.",
    },
    source: { seed: book, section: "ch. 7; 8.2.5" },
  },
]);

export function findLens(id: string): Lens | undefined {
  return lenses.find((lens) => lens.id === id);
}
