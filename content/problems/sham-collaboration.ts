import type { Problem } from "../schema";

export const shamCollaboration: Problem = {
  id: "problem.sham-collaboration",
  name: { nl: "Schijnsamenwerking", en: "Sham collaboration" },
  description: {
    nl: "Op papier werken de partners samen, maar in de praktijk gebeurt er weinig. Afspraken worden niet nagekomen, lastige onderwerpen blijven onbesproken en iedereen houdt de lieve vrede in stand.",
    en: "On paper the partners collaborate, but in practice little happens. Agreements are not kept, difficult subjects stay undiscussed and everyone keeps up the appearance of peace.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "process.say-yes-go-own-way" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "process.agreements-unkept" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.participation-required" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "interests.issues-postponed" }, weight: 0.7 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "people.open-disagreement" }, weight: 1 },
      {
        signal: { kind: "paradox-leaning", paradoxId: "paradox.prevent-vs-value-conflict", pole: "a", min: 0.3 },
        weight: 1,
      },
      { signal: { kind: "paradox-closed", paradoxId: "paradox.prevent-vs-value-conflict" }, weight: 0.5 },
      { signal: { kind: "statement-low", statementId: "process.visible-results" }, weight: 0.5 },
    ],
    counter: [
      // Agreements that stay undone because nobody knows who decides or does what: under-organisation.
      {
        signal: { kind: "statement-low", statementId: "organisation.decisions-clear" },
        weight: 1,
        pointsTo: "problem.under-organisation",
        reason: {
          nl: "afspraken blijven eerder liggen omdat onduidelijk is wie beslist",
          en: "agreements stay undone rather because it is unclear who decides",
        },
      },
      {
        signal: { kind: "statement-low", statementId: "organisation.roles-clear" },
        weight: 1,
        pointsTo: "problem.under-organisation",
        reason: {
          nl: "afspraken blijven eerder liggen omdat onduidelijk is wie wat doet",
          en: "agreements stay undone rather because it is unclear who does what",
        },
      },
      {
        signal: { kind: "statement-high", statementId: "process.say-yes-go-own-way" },
        weight: 1,
        reason: {
          nl: "partners gaan na het overleg niet hun eigen gang",
          en: "partners do not go their own way after the meeting",
        },
      },
    ],
    lookAlikes: ["problem.under-organisation", "problem.fading-perspective"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.hold-up-mirror",
      title: { nl: "Houd de partners een spiegel voor", en: "Hold up a mirror to the partners" },
      description: {
        nl: "Bespreek de uitkomsten van deze scan samen en vraag ieder wat hij er echt van vindt; benoem hardop dat er meer wordt afgesproken dan gedaan.",
        en: "Go through the results of this scan together and ask each partner what it really thinks; say out loud that more is agreed than done.",
      },
    },
    {
      id: "intervention.small-commitments",
      title: { nl: "Kleine toezeggingen met een eigenaar", en: "Small commitments with an owner" },
      description: {
        nl: "Maak alleen afspraken die klein en concreet zijn, met een naam en een datum, en begin elk overleg met de stand van zaken.",
        en: "Only make agreements that are small and concrete, with a name and a date, and start every meeting with where they stand.",
      },
    },
    {
      id: "intervention.external-facilitator",
      title: { nl: "Een onafhankelijke gespreksleider", en: "An independent facilitator" },
      description: {
        nl: "Laat een neutrale begeleider een gesprek leiden waarin partners zonder gezichtsverlies kunnen zeggen wat hen tegenhoudt.",
        en: "Have a neutral facilitator lead a conversation in which partners can say what holds them back without losing face.",
      },
    },
    {
      id: "intervention.scale-down",
      title: { nl: "Maak de samenwerking kleiner en echter", en: "Make the collaboration smaller and more real" },
      description: {
        nl: "Beperk de samenwerking tot wat de partners werkelijk samen willen doen, en rond de rest bewust af.",
        en: "Limit the collaboration to what the partners genuinely want to do together, and deliberately wind up the rest.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.4",
    interpretation: true,
  },
};
