import { type Paradox, ZParadox } from "./schema";

const chapter = "002_0ac84a4d98b191d2.txt" as const;

/**
 * Boonstra's twelve paradoxes (seed 002 §4; public-private wording in seed
 * 000). The phases follow the section "Spelen met paradoxen"; where that
 * section does not place a paradox, the phase is our interpretation.
 */
export const paradoxes: readonly Paradox[] = ZParadox.array().parse([
  {
    id: "paradox.business-vs-societal",
    number: 1,
    poleA: {
      name: { nl: "Bedrijfseconomische betekenis", en: "Business value" },
      risk: {
        nl: "Wie alleen op rendement stuurt, vervreemdt van klanten en samenleving en verliest op termijn zijn bestaansrecht.",
        en: "Steering on returns alone alienates customers and society and, over time, erodes the reason to exist.",
      },
    },
    poleB: {
      name: { nl: "Maatschappelijke betekenis", en: "Societal value" },
      risk: {
        nl: "Wie alleen op maatschappelijke waarde let, verliest het geld en de slagkracht om te blijven investeren.",
        en: "Attending only to societal value loses the money and strength needed to keep investing.",
      },
    },
    description: {
      nl: "Gaat het de partners vooral om kosten, markt en rendement, of om een bijdrage aan een maatschappelijk vraagstuk? Beide zijn nodig: geld om te kunnen blijven investeren, betekenis om richting en bezieling te geven.",
      en: "Are the partners mainly after cost, market and return, or after a contribution to a societal issue? Both are needed: money to keep investing, meaning to give direction and drive.",
    },
    phases: ["functioning"],
    source: { seed: chapter, section: "§4, paradox 1" },
  },
  {
    id: "paradox.exploit-vs-innovate",
    number: 2,
    poleA: {
      name: { nl: "Produceren en concurreren", en: "Producing and competing" },
      risk: {
        nl: "Alleen efficiënt produceren levert zekerheid op korte termijn, maar laat de toekomst liggen.",
        en: "Producing efficiently and nothing else brings short-term certainty but neglects the future.",
      },
    },
    poleB: {
      name: { nl: "Innoveren en experimenteren", en: "Innovating and experimenting" },
      risk: {
        nl: "Alleen vernieuwen kost veel geld, verstoort het lopende werk en levert niet altijd iets op.",
        en: "Innovating and nothing else costs a lot, disrupts ongoing work and does not always pay off.",
      },
    },
    description: {
      nl: "Is de samenwerking er om bestaande processen goedkoper en beter te maken, of om samen iets nieuws te ontwikkelen? Exploitatie levert de middelen op waarmee vernieuwing betaald wordt.",
      en: "Is the collaboration there to make existing processes cheaper and better, or to develop something new together? Exploitation earns the means that pay for innovation.",
    },
    phases: ["transforming"],
    source: { seed: chapter, section: "§4, paradox 2; seed 000" },
  },
  {
    id: "paradox.left-alone-vs-losing-autonomy",
    number: 3,
    poleA: {
      name: { nl: "Angst om alleen te blijven", en: "Fear of being left alone" },
      risk: {
        nl: "Uit angst om buiten de boot te vallen sluit een partner aan zonder te weten wat hij zelf wil inbrengen.",
        en: "Afraid of missing the boat, a partner joins without knowing what it wants to contribute.",
      },
    },
    poleB: {
      name: { nl: "Angst om autonomie te verliezen", en: "Fear of losing autonomy" },
      risk: {
        nl: "Uit angst voor afhankelijkheid houdt een partner zich afzijdig en komt hij uiteindelijk alleen te staan.",
        en: "Afraid of dependence, a partner holds back and ends up standing alone.",
      },
    },
    description: {
      nl: "Samenwerken betekent een deel van je zelfstandigheid opgeven; niet samenwerken kan betekenen dat je achterblijft. De kunst is bij te dragen vanuit je eigen identiteit zonder die kwijt te raken.",
      en: "Collaborating means giving up some independence; not collaborating may mean being left behind. The art is to contribute from your own identity without losing it.",
    },
    phases: ["forming", "shaping"],
    source: { seed: chapter, section: "§4, paradox 3" },
  },
  {
    id: "paradox.deal-vs-relationship",
    number: 4,
    poleA: {
      name: { nl: "Zakelijk arrangement", en: "Business arrangement" },
      risk: {
        nl: "Alleen aandacht voor geld en juridische afspraken ontkent de chemie die samenwerking laat werken.",
        en: "Attention only to money and legal terms denies the chemistry that makes collaboration work.",
      },
    },
    poleB: {
      name: { nl: "Samenwerkingsrelatie", en: "Working relationship" },
      risk: {
        nl: "Zonder heldere afspraken over inbreng en opbrengst ontstaan belangenconflicten zodra de balans zoek raakt.",
        en: "Without clear agreements on input and return, conflicts of interest arise as soon as the balance slips.",
      },
    },
    description: {
      nl: "Heldere afspraken over investeringen en opbrengsten voorkomen wantrouwen; vertrouwen maakt het mogelijk die afspraken opnieuw te bespreken als de verhoudingen veranderen.",
      en: "Clear agreements on investments and returns prevent distrust; trust makes it possible to revisit those agreements when circumstances change.",
    },
    phases: ["shaping"],
    source: { seed: chapter, section: "§4, paradox 4" },
  },
  {
    id: "paradox.feasibility-vs-beauty",
    number: 5,
    poleA: {
      name: { nl: "Maakbaarheid", en: "Feasibility" },
      risk: {
        nl: "Wie alleen op haalbaarheid stuurt, maakt misschien iets af, maar zonder uitstraling of passie.",
        en: "Steering only on feasibility may finish something, but without appeal or passion.",
      },
    },
    poleB: {
      name: { nl: "Schoonheid", en: "Beauty" },
      risk: {
        nl: "Wie alleen zoekt naar wat mooi en betekenisvol zou kunnen zijn, komt niet tot uitvoering.",
        en: "Searching only for what could be beautiful and meaningful never gets to delivery.",
      },
    },
    description: {
      nl: "Richt de samenwerking zich op wat zeker gemaakt kan worden (convergeren, doelgericht) of op wat zou kunnen zijn (divergeren, ideeën)? Zonder maken geen resultaat, zonder verbeelding geen bezieling.",
      en: "Does the collaboration focus on what can surely be made (converging, goal-directed) or on what could be (diverging, ideas)? Without making there is no result; without imagination no inspiration.",
    },
    phases: ["functioning"],
    source: { seed: chapter, section: "§4, paradox 5" },
  },
  {
    id: "paradox.structure-vs-forming",
    number: 6,
    poleA: {
      name: { nl: "Vorm en inhoud", en: "Form and content" },
      risk: {
        nl: "Een strak geregelde structuur zonder gedeeld proces geeft duidelijkheid op papier maar weinig draagvlak.",
        en: "A tightly arranged structure without a shared process gives clarity on paper but little support.",
      },
    },
    poleB: {
      name: { nl: "Formering en proces", en: "Forming and process" },
      risk: {
        nl: "Eindeloos aan de relatie en het proces werken zonder vorm laat macht en besluitvorming onduidelijk.",
        en: "Working endlessly on relationship and process without a form leaves power and decision making unclear.",
      },
    },
    description: {
      nl: "De vorm regelt posities, macht en besluitvorming; het formeren bepaalt wie erbij hoort en bouwt vertrouwen op. Beide verwijzen naar elkaar, maar vragen een andere oriëntatie.",
      en: "The form settles positions, power and decision making; forming decides who belongs and builds trust. Each refers to the other, but they call for a different orientation.",
    },
    phases: ["forming", "shaping"],
    source: { seed: chapter, section: "§4, paradox 6" },
  },
  {
    id: "paradox.analysis-vs-trust",
    number: 7,
    poleA: {
      name: { nl: "Zorgvuldige analyse", en: "Careful analysis" },
      risk: {
        nl: "Te lang analyseren wekt de indruk dat je de ander niet vertrouwt en verdringt de betrokkenheid.",
        en: "Analysing too long suggests you do not trust the other and crowds out commitment.",
      },
    },
    poleB: {
      name: { nl: "Vertrouwen en gevoel", en: "Trust and feeling" },
      risk: {
        nl: "Alleen op gevoel afgaan kan uitlopen op teleurstelling als partners elkaar weinig blijken te bieden.",
        en: "Relying only on feeling can end in disappointment when partners turn out to offer each other little.",
      },
    },
    description: {
      nl: "Hoeveel onderzoek doen partners naar elkaars reputatie, positie en betrouwbaarheid, en hoeveel ruimte is er voor gevoel en persoonlijke klik? Analyse beperkt risico’s, vertrouwen maakt drijfveren zichtbaar.",
      en: "How much do partners investigate each other’s reputation, position and reliability, and how much room is there for feeling and personal rapport? Analysis limits risk; trust reveals motives.",
    },
    phases: ["forming"],
    source: { seed: chapter, section: "§4, paradox 7" },
  },
  {
    id: "paradox.knowledge-vs-relations",
    number: 8,
    poleA: {
      name: { nl: "Investeren in kennis", en: "Investing in knowledge" },
      risk: {
        nl: "Methoden toepassen zonder oog voor de context en de mensen vergroot de kans op mislukken.",
        en: "Applying methods without regard for context and people raises the chance of failure.",
      },
    },
    poleB: {
      name: { nl: "Investeren in relaties", en: "Investing in relations" },
      risk: {
        nl: "Alleen op relaties bouwen laat beschikbare kennis en ervaring onbenut.",
        en: "Building on relations alone leaves available knowledge and experience unused.",
      },
    },
    description: {
      nl: "Kennis en methoden helpen bij het inrichten van de samenwerking, maar elke samenwerking heeft haar eigen dynamiek. Kennis delen is in relaties investeren, en omgekeerd.",
      en: "Knowledge and methods help in setting up the collaboration, but every collaboration has its own dynamics. Sharing knowledge is investing in relations, and vice versa.",
    },
    phases: ["forming", "shaping"],
    source: { seed: chapter, section: "§4, paradox 8" },
  },
  {
    id: "paradox.central-vs-local",
    number: 9,
    poleA: {
      name: { nl: "Centrale sturing", en: "Central steering" },
      risk: {
        nl: "Te veel centrale sturing smoort de vrijheid waaruit vernieuwing ontstaat.",
        en: "Too much central steering smothers the freedom from which renewal arises.",
      },
    },
    poleB: {
      name: { nl: "Decentrale speelruimte", en: "Local room to move" },
      risk: {
        nl: "Te veel speelruimte zonder afstemming laat bijdragen langs elkaar heen lopen.",
        en: "Too much room to move without coordination lets contributions run past each other.",
      },
    },
    description: {
      nl: "Een centraal orgaan kan partijen bijeenbrengen en bijdragen afstemmen; partners hebben tegelijk ruimte nodig om zelf te sturen en te vernieuwen.",
      en: "A central body can bring parties together and align contributions; at the same time partners need room to steer themselves and innovate.",
    },
    phases: ["functioning"],
    source: { seed: chapter, section: "§4, paradox 9" },
  },
  {
    id: "paradox.quick-wins-vs-care",
    number: 10,
    poleA: {
      name: { nl: "Snel zichtbare resultaten", en: "Quick visible results" },
      risk: {
        nl: "Haast om te scoren gaat ten koste van zorgvuldigheid; partners voelen hun belangen veronachtzaamd.",
        en: "Hurrying to score comes at the expense of care; partners feel their interests are ignored.",
      },
    },
    poleB: {
      name: { nl: "Zorgvuldigheid in samenwerking", en: "Care in the collaboration" },
      risk: {
        nl: "Eindeloos afstemmen en afwegen maakt de meerwaarde onzichtbaar en de energie loopt weg.",
        en: "Endless aligning and weighing makes the added value invisible and energy drains away.",
      },
    },
    description: {
      nl: "Kleine, zichtbare successen geven energie; het onderhoud van relaties en vertrouwen (het ‘baggerwerk’) houdt nooit op. De kunst is vaart te maken zonder de onderlinge verhoudingen te beschadigen.",
      en: "Small, visible successes give energy; the upkeep of relations and trust (the ‘dredging’) never ends. The art is to keep up the pace without harming the relationships.",
    },
    phases: ["functioning", "transforming"],
    source: { seed: chapter, section: "§4, paradox 10; seed 004" },
  },
  {
    id: "paradox.open-vs-closed",
    number: 11,
    poleA: {
      name: { nl: "Open netwerk", en: "Open network" },
      risk: {
        nl: "Een te open netwerk biedt weinig veiligheid om informatie te delen en nodigt uit tot eigenbelang.",
        en: "A network that is too open offers little safety to share information and invites self-interest.",
      },
    },
    poleB: {
      name: { nl: "Gesloten netwerk", en: "Closed network" },
      risk: {
        nl: "Een te gesloten netwerk leidt tot tunnelvisie, stereotypen en machtsspelletjes.",
        en: "A network that is too closed leads to tunnel vision, stereotypes and power games.",
      },
    },
    description: {
      nl: "Openheid brengt nieuwe kennis en frisse blikken; beslotenheid geeft vertrouwen om te delen en te investeren. Open werkt vaak beter voor ideeën, besloten voor het uitvoeren ervan.",
      en: "Openness brings new knowledge and fresh views; closedness gives the trust to share and invest. Open often works better for ideas, closed for carrying them out.",
    },
    phases: ["forming", "functioning", "transforming"],
    source: { seed: chapter, section: "§4, paradox 11" },
  },
  {
    id: "paradox.prevent-vs-value-conflict",
    number: 12,
    poleA: {
      name: { nl: "Conflict voorkomen", en: "Preventing conflict" },
      risk: {
        nl: "Wie elk conflict vermijdt, bewaart de lieve vrede maar verlamt de samenwerking en mist de energie van verschil.",
        en: "Avoiding every conflict keeps the peace but paralyses the collaboration and misses the energy of difference.",
      },
    },
    poleB: {
      name: { nl: "Conflict waarderen", en: "Valuing conflict" },
      risk: {
        nl: "Wie conflict opzoekt zonder onderscheid, laat machts- en relatieconflicten escaleren.",
        en: "Seeking conflict indiscriminately lets power and relationship conflicts escalate.",
      },
    },
    description: {
      nl: "Machtsconflicten zijn destructief en moeten voorkomen worden, belangenconflicten vragen om verzoening, relatieconflicten om hantering, en inhoudelijke conflicten zijn een bron van creativiteit.",
      en: "Power conflicts are destructive and should be prevented, conflicts of interest call for reconciliation, relationship conflicts for handling, and task conflicts are a source of creativity.",
    },
    phases: ["functioning", "transforming"],
    source: {
      seed: chapter,
      section: "§4, paradox 12, Spelen met paradoxen",
      interpretation: true,
    },
  },
]);

export function findParadox(id: string): Paradox | undefined {
  return paradoxes.find((paradox) => paradox.id === id);
}
