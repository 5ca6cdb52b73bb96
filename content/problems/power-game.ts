import type { Problem } from "../schema";

export const powerGame: Problem = {
  id: "problem.power-game",
  name: { nl: "Sluimerend machtsspel", en: "A smouldering power game" },
  description: {
    nl: "Onder de oppervlakte strijden partners om invloed. Sterke partners bepalen de koers, zwakkere partners voelen zich afhankelijk en zwijgen, en niemand benoemt het. Informatie wordt strategisch gedeeld of achtergehouden.",
    en: "Beneath the surface partners compete for influence. Strong partners set the course, weaker partners feel dependent and keep quiet, and nobody names it. Information is shared or held back strategically.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "people.dominance" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.asymmetric-dependence" }, weight: 0.8 },
      { signal: { kind: "statement-low", statementId: "organisation.decided-elsewhere" }, weight: 1 },
      // Dominance felt by one partner only: a real finding, but less than a power game all partners see.
      { signal: { kind: "one-partner-low", statementId: "people.dominance" }, weight: 0.6 },
      { signal: { kind: "one-partner-low", statementId: "organisation.decided-elsewhere" }, weight: 0.6 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "people.power-discussable" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "interests.information-shared" }, weight: 1 },
      { signal: { kind: "partners-apart", statementId: "interests.fair-return" }, weight: 1 },
      { signal: { kind: "one-partner-low", statementId: "interests.fair-return" }, weight: 1 },
      { signal: { kind: "one-partner-low", statementId: "people.power-discussable" }, weight: 0.5 },
      { signal: { kind: "paradox-closed", paradoxId: "paradox.prevent-vs-value-conflict" }, weight: 0.5 },
    ],
    counter: [
      // Power that can be named openly is not smouldering.
      {
        signal: { kind: "statement-high", statementId: "people.power-discussable" },
        weight: 0.7,
        reason: {
          nl: "verschillen in macht kunnen openlijk besproken worden",
          en: "differences in power can be discussed openly",
        },
      },
      // Distrust all round, rooted in the past: an enemy image.
      {
        signal: { kind: "statement-low", statementId: "people.conflict-history" },
        weight: 0.7,
        pointsTo: "problem.enemy-image",
        reason: {
          nl: "het wantrouwen wortelt in een geschiedenis van conflicten",
          en: "the distrust is rooted in a history of conflict",
        },
      },
    ],
    lookAlikes: ["problem.enemy-image", "problem.double-loyalty"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.map-dependencies",
      title: { nl: "Breng afhankelijkheden in kaart", en: "Map the dependencies" },
      description: {
        nl: "Maak samen zichtbaar wie wat van wie nodig heeft en waar ieders invloed vandaan komt. Wat zichtbaar is, kan besproken worden.",
        en: "Make visible together who needs what from whom and where each partner’s influence comes from. What is visible can be discussed.",
      },
    },
    {
      id: "intervention.protective-decision-rules",
      title: {
        nl: "Besluitregels die kleinere partners beschermen",
        en: "Decision rules that protect smaller partners",
      },
      description: {
        nl: "Spreek af over welke onderwerpen elke partner een stem of een veto heeft, zodat omvang niet automatisch de doorslag geeft.",
        en: "Agree on which subjects each partner has a say or a veto, so that size does not automatically decide.",
      },
    },
    {
      id: "intervention.neutral-chair",
      title: { nl: "Een onafhankelijke voorzitter", en: "An independent chair" },
      description: {
        nl: "Laat het overleg leiden door iemand zonder eigen belang, die erop let dat elke partner gehoord wordt.",
        en: "Have meetings chaired by someone without a stake of their own, who makes sure every partner is heard.",
      },
    },
    {
      id: "intervention.rebalance-contributions",
      title: { nl: "Breng inbreng en opbrengst in balans", en: "Rebalance contributions and returns" },
      description: {
        nl: "Kijk opnieuw naar wie wat investeert en terugkrijgt, en stel de afspraken bij waar de verhouding scheef is gegroeid.",
        en: "Look again at who invests and gets back what, and adjust the agreements where the balance has become skewed.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.9",
    interpretation: true,
  },
};
