import type { Problem } from "../schema";

export const shamCollaboration: Problem = {
  id: "problem.sham-collaboration",
  name: { nl: "Schijnsamenwerking", en: "Sham collaboration" },
  description: {
    nl: "Op papier werken de partners samen, maar in de praktijk gebeurt er weinig. Afspraken worden niet nagekomen, lastige onderwerpen blijven onbesproken en iedereen houdt de lieve vrede in stand.",
    en: "On paper the partners collaborate, but in practice little happens. Agreements are not kept, difficult subjects stay undiscussed and everyone keeps up the appearance of peace.",
  },
  signals: [
    { signal: { kind: "statement-below", statementId: "process.agreements-unkept", threshold: 50 }, weight: 2 },
    { signal: { kind: "statement-below", statementId: "people.open-disagreement", threshold: 50 }, weight: 1.5 },
    { signal: { kind: "statement-below", statementId: "interests.issues-postponed", threshold: 50 }, weight: 1 },
    {
      signal: { kind: "paradox-leaning", paradoxId: "paradox.prevent-vs-value-conflict", pole: "a", min: 0.4 },
      weight: 1,
    },
    { signal: { kind: "paradox-closed", paradoxId: "paradox.prevent-vs-value-conflict", threshold: 50 }, weight: 1 },
    { signal: { kind: "statement-below", statementId: "process.visible-results", threshold: 50 }, weight: 1 },
  ],
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
