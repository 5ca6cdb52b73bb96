import type { Problem } from "../schema";

export const personnelInstability: Problem = {
  id: "problem.personnel-instability",
  name: { nl: "Personele instabiliteit", en: "Instability of the people involved" },
  description: {
    nl: "De mensen aan tafel wisselen zo vaak dat vertrouwen, kennis van de geschiedenis en persoonlijke afspraken steeds verloren gaan. Elke nieuwe deelnemer begint opnieuw en eerdere afspraken worden heronderhandeld.",
    en: "The people at the table change so often that trust, knowledge of the history and personal understandings keep getting lost. Each newcomer starts afresh and earlier agreements are renegotiated.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "people.turnover" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.sponsors-changed" }, weight: 1 },
      { signal: { kind: "choice-share", questionId: "context.tenure", codes: [0], min: 0.5 }, weight: 1 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "people.connectors" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.motives-known" }, weight: 0.5 },
      { signal: { kind: "statement-low", statementId: "people.agreements-trusted" }, weight: 0.5 },
    ],
    counter: [
      // The same faces at the table: whatever troubles the collaboration, it is not instability of people.
      {
        signal: { kind: "statement-high", statementId: "people.turnover" },
        weight: 1.5,
        reason: { nl: "dezelfde mensen blijven aan tafel", en: "the same people stay at the table" },
      },
      {
        signal: { kind: "choice-share", questionId: "context.tenure", codes: [3], min: 0.5 },
        weight: 1,
        reason: {
          nl: "de meeste respondenten zijn al jaren betrokken",
          en: "most respondents have been involved for years",
        },
      },
    ],
    lookAlikes: ["problem.enemy-image", "problem.fading-perspective"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.fixed-representatives",
      title: { nl: "Vaste gezichten met vervangers", en: "Fixed faces with deputies" },
      description: {
        nl: "Spreek af dat elke partner voor een vaste periode dezelfde vertegenwoordiger stuurt, met een vervanger die de dossiers kent.",
        en: "Agree that each partner sends the same representative for a fixed period, with a deputy who knows the files.",
      },
    },
    {
      id: "intervention.onboarding",
      title: { nl: "Een inwerkprogramma voor nieuwkomers", en: "An induction for newcomers" },
      description: {
        nl: "Geef nieuwe deelnemers een gesprek met een ervaren deelnemer van een andere partner, de geschiedenis van de samenwerking en de geldende afspraken.",
        en: "Give new participants a conversation with an experienced participant from another partner, the history of the collaboration and the agreements in force.",
      },
    },
    {
      id: "intervention.decision-log",
      title: { nl: "Houd een gezamenlijk besluitenlogboek bij", en: "Keep a shared decision log" },
      description: {
        nl: "Leg besluiten en de redenen erachter vast op één plek die iedereen kan inzien, zodat kennis niet met mensen vertrekt.",
        en: "Record decisions and the reasons behind them in one place everyone can see, so knowledge does not leave with people.",
      },
    },
    {
      id: "intervention.multi-level-ties",
      title: { nl: "Verbind op meer niveaus", en: "Connect at more levels" },
      description: {
        nl: "Zorg dat partners elkaar niet via één contactpersoon kennen, maar op bestuurlijk, management- en uitvoerend niveau.",
        en: "Make sure partners do not know each other through a single contact, but at executive, management and operational level.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.3",
    interpretation: true,
  },
};
