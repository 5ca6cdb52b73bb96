import type { Problem } from "../schema";

export const doubleLoyalty: Problem = {
  id: "problem.double-loyalty",
  name: { nl: "Dubbele loyaliteiten en achterbanproblematiek", en: "Double loyalties and constituency problems" },
  description: {
    nl: "Wie aan tafel zit, moet trouw zijn aan de samenwerking én aan de eigen organisatie. Wat aan tafel is afgesproken, sneuvelt thuis; vertegenwoordigers zonder mandaat kunnen niets toezeggen en de achterban blijft onzichtbaar.",
    en: "Those at the table must be loyal to the collaboration and to their own organisation. What is agreed at the table falls apart at home; representatives without a mandate cannot commit to anything and the constituency stays invisible.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "people.reopened-at-home" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.mandate" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.caught-between" }, weight: 1 },
      { signal: { kind: "role-gap", statementId: "people.mandate", lower: "table" }, weight: 1 },
      { signal: { kind: "role-gap", statementId: "people.reopened-at-home", lower: "table" }, weight: 1 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "people.constituency-supportive" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "interests.stated-openly" }, weight: 0.5 },
      {
        signal: { kind: "paradox-leaning", paradoxId: "paradox.left-alone-vs-losing-autonomy", pole: "b", min: 0.4 },
        weight: 0.5,
      },
    ],
    counter: [
      {
        signal: { kind: "statement-high", statementId: "people.mandate" },
        weight: 1,
        reason: { nl: "wie aan tafel zit, mag afspraken maken", en: "those at the table may make agreements" },
      },
      {
        signal: { kind: "statement-high", statementId: "people.reopened-at-home" },
        weight: 1,
        reason: {
          nl: "afspraken blijven in de eigen organisaties overeind",
          en: "agreements hold in the partners’ own organisations",
        },
      },
    ],
    lookAlikes: ["problem.power-game", "problem.personnel-instability"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.clarify-mandate",
      title: { nl: "Maak het mandaat vooraf duidelijk", en: "Make the mandate clear beforehand" },
      description: {
        nl: "Laat elke vertegenwoordiger vóór het overleg aangeven waarover hij wel en niet kan beslissen, en wanneer hij terug moet naar zijn organisatie.",
        en: "Let each representative state before the meeting what they can and cannot decide, and when they must go back to their organisation.",
      },
    },
    {
      id: "intervention.constituency-on-table",
      title: { nl: "Zet de achterban op tafel", en: "Put the constituency on the table" },
      description: {
        nl: "Bespreek per partner welke verwachtingen en zorgen er thuis leven, zodat anderen rekening kunnen houden met wat onzichtbaar meeweegt.",
        en: "Discuss for each partner what expectations and worries live back home, so others can take into account what weighs in invisibly.",
      },
    },
    {
      id: "intervention.internal-support",
      title: { nl: "Organiseer steun in de eigen organisatie", en: "Build support inside each organisation" },
      description: {
        nl: "Maak elke vertegenwoordiger verantwoordelijk voor het meenemen van de eigen organisatie, bijvoorbeeld met een vast intern overleg na elk samenwerkingsoverleg.",
        en: "Make each representative responsible for bringing their own organisation along, for instance with a fixed internal meeting after each collaboration meeting.",
      },
    },
    {
      id: "intervention.joint-communication",
      title: { nl: "Communiceer samen naar alle achterbannen", en: "Communicate jointly to all constituencies" },
      description: {
        nl: "Stuur na belangrijke besluiten één gezamenlijk bericht naar de organisaties van alle partners, zodat iedereen hetzelfde verhaal hoort.",
        en: "After important decisions, send one joint message to all partner organisations, so everyone hears the same story.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.7",
    interpretation: true,
  },
};
