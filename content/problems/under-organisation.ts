import type { Problem } from "../schema";

export const underOrganisation: Problem = {
  id: "problem.under-organisation",
  name: { nl: "Onderorganisatie", en: "Under-organisation" },
  description: {
    nl: "De samenwerking rust op goede wil, maar mist een basis: onduidelijk is wie waarover beslist, wie wat doet en wie er tijd en geld in steekt. Daardoor blijft veel liggen en lopen initiatieven langs elkaar heen.",
    en: "The collaboration rests on goodwill but lacks a foundation: it is unclear who decides on what, who does what and who puts in time and money. As a result much is left undone and initiatives run past each other.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "organisation.decisions-clear" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "organisation.roles-clear" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "organisation.resources" }, weight: 0.8 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "process.process-lead" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "organisation.direction" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "organisation.progress-informed" }, weight: 0.5 },
      { signal: { kind: "statement-low", statementId: "organisation.agreements-sound" }, weight: 0.5 },
      { signal: { kind: "lens-low", lensId: "organisation" }, weight: 0.5 },
      { signal: { kind: "paradox-leaning", paradoxId: "paradox.central-vs-local", pole: "b", min: 0.4 }, weight: 0.5 },
    ],
    counter: [
      {
        signal: { kind: "lens-high", lensId: "organisation" },
        weight: 1,
        reason: { nl: "de organisatie van de samenwerking is op orde", en: "the collaboration is well organised" },
      },
      // Well organised, and still agreements come to nothing: that is sham collaboration.
      {
        signal: { kind: "statement-low", statementId: "process.say-yes-go-own-way" },
        weight: 1,
        pointsTo: "problem.sham-collaboration",
        reason: {
          nl: "partners stemmen in en gaan toch hun eigen gang, dus stranden afspraken niet op de organisatie",
          en: "partners agree and go their own way all the same, so agreements do not founder on the organisation",
        },
      },
    ],
    lookAlikes: ["problem.sham-collaboration"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.governance-agreement",
      title: { nl: "Spreek een besturingsmodel af", en: "Agree on a governance model" },
      description: {
        nl: "Leg vast wie waarover beslist, met welke meerderheid, en wat er gebeurt als partners het niet eens worden.",
        en: "Record who decides on what, by what majority, and what happens when partners disagree.",
      },
    },
    {
      id: "intervention.roles-matrix",
      title: { nl: "Maak een rolverdeling", en: "Draw up a division of roles" },
      description: {
        nl: "Zet per belangrijke taak op een rij wie verantwoordelijk is, wie meebeslist, wie geraadpleegd en wie geïnformeerd wordt.",
        en: "List for every important task who is responsible, who co-decides, who is consulted and who is informed.",
      },
    },
    {
      id: "intervention.coordinator",
      title: { nl: "Stel een coördinator aan met tijd en budget", en: "Appoint a coordinator with time and budget" },
      description: {
        nl: "Geef één persoon of klein bureau de opdracht de samenwerking te ondersteunen, met uren en middelen waar alle partners aan bijdragen.",
        en: "Charge one person or a small office with supporting the collaboration, with hours and means that all partners contribute to.",
      },
    },
    {
      id: "intervention.business-case",
      title: { nl: "Stel een gezamenlijke businesscase op", en: "Draw up a joint business case" },
      description: {
        nl: "Maak zichtbaar wat iedere partner inbrengt en wat hij terugkrijgt, in geld en in andere waarde.",
        en: "Make visible what each partner brings in and what it gets back, in money and in other value.",
      },
    },
    {
      id: "intervention.minimal-structure",
      title: {
        nl: "Zo min mogelijk structuur, met een evaluatiemoment",
        en: "As little structure as possible, with a review date",
      },
      description: {
        nl: "Organiseer alleen wat nodig is om te kunnen beslissen en uitvoeren, en spreek af na zes maanden te bekijken of het werkt.",
        en: "Organise only what is needed to decide and deliver, and agree to check after six months whether it works.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.5",
    interpretation: true,
  },
};
