import type { Problem } from "../schema";

export const enemyImage: Problem = {
  id: "problem.enemy-image",
  name: { nl: "Hardnekkig vijandbeeld", en: "A persistent enemy image" },
  description: {
    nl: "Partners zien elkaar vooral als tegenstander. Oud zeer en vooroordelen kleuren elke nieuwe stap; gedrag van de ander wordt uitgelegd als bevestiging van wat men al dacht.",
    en: "Partners mainly see each other as opponents. Old grievances and prejudice colour every new step; the other’s behaviour is read as confirming what people already thought.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "people.us-and-them" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.conflict-history" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.incidents-confirm" }, weight: 1 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "people.agreements-trusted" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.watchfulness" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.conflict-turns-personal" }, weight: 1 },
      { signal: { kind: "camps", statementId: "people.agreements-trusted" }, weight: 1 },
      { signal: { kind: "choice-prevails", questionId: "context.trust-mode", codes: [0] }, weight: 0.5 },
    ],
    counter: [
      {
        signal: { kind: "statement-high", statementId: "people.us-and-them" },
        weight: 1.5,
        reason: { nl: "partners spreken over elkaar in termen van ‘wij’", en: "partners speak of each other as ‘we’" },
      },
      // Distrust of one dominant partner rather than of each other: a power game.
      {
        signal: { kind: "statement-low", statementId: "people.dominance" },
        weight: 0.7,
        pointsTo: "problem.power-game",
        reason: {
          nl: "het wantrouwen richt zich op wie de koers bepaalt",
          en: "the distrust is aimed at whoever sets the course",
        },
      },
    ],
    lookAlikes: ["problem.power-game", "problem.unbridgeable-diversity"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.perspective-exchange",
      title: { nl: "Wissel beelden over en weer uit", en: "Exchange images both ways" },
      description: {
        nl: "Laat elke partner beschrijven hoe hij de ander ziet en hoe hij denkt dat de ander hem ziet. Bespreek wat klopt en wat niet.",
        en: "Let each partner describe how it sees the other and how it thinks the other sees it. Discuss what is accurate and what is not.",
      },
    },
    {
      id: "intervention.neutral-ground",
      title: { nl: "Ontmoet elkaar op neutraal terrein", en: "Meet on neutral ground" },
      description: {
        nl: "Organiseer bijeenkomsten op een plek van geen van de partners, geleid door iemand die door alle partijen wordt geaccepteerd.",
        en: "Hold meetings at a place that belongs to none of the partners, led by someone accepted by all parties.",
      },
    },
    {
      id: "intervention.work-visits",
      title: { nl: "Werkbezoeken en meeloopdagen", en: "Work visits and shadowing days" },
      description: {
        nl: "Laat mensen een dag meelopen bij een andere partner, zodat zij de ander in zijn eigen werk leren kennen.",
        en: "Have people spend a day with another partner, so they get to know the other in its own work.",
      },
    },
    {
      id: "intervention.joint-quick-project",
      title: { nl: "Een klein gezamenlijk project", en: "A small joint project" },
      description: {
        nl: "Kies een overzichtelijke opgave die partners alleen samen kunnen halen, en maak het succes van iedereen.",
        en: "Choose a manageable task that the partners can only achieve together, and make the success everyone’s.",
      },
    },
    {
      id: "intervention.acknowledge-history",
      title: { nl: "Erken wat er in het verleden is gebeurd", en: "Acknowledge what happened in the past" },
      description: {
        nl: "Benoem oud zeer expliciet en geef partners de gelegenheid erkenning te geven, voordat er verder wordt gebouwd.",
        en: "Name old grievances explicitly and give partners the chance to acknowledge them before building further.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.6",
    interpretation: true,
  },
};
