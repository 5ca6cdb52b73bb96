import type { Problem } from "../schema";

export const powerGame: Problem = {
  id: "problem.power-game",
  name: { nl: "Sluimerend machtsspel", en: "A smouldering power game" },
  description: {
    nl: "Onder de oppervlakte strijden partners om invloed. Sterke partners bepalen de koers, zwakkere partners voelen zich afhankelijk en zwijgen, en niemand benoemt het. Informatie wordt strategisch gedeeld of achtergehouden.",
    en: "Beneath the surface partners compete for influence. Strong partners set the course, weaker partners feel dependent and keep quiet, and nobody names it. Information is shared or held back strategically.",
  },
  signals: [
    { signal: { kind: "statement-below", statementId: "people.dominance", threshold: 50 }, weight: 2 },
    { signal: { kind: "statement-below", statementId: "people.power-discussable", threshold: 50 }, weight: 1.5 },
    { signal: { kind: "statement-contested", statementId: "interests.fair-return" }, weight: 1 },
    { signal: { kind: "statement-below", statementId: "interests.information-shared", threshold: 50 }, weight: 1 },
    { signal: { kind: "paradox-closed", paradoxId: "paradox.prevent-vs-value-conflict", threshold: 50 }, weight: 1 },
    { signal: { kind: "failure-factor", factorId: "ff.power-imbalance" }, weight: 1 },
  ],
  interventions: [
    {
      id: "intervention.map-dependencies",
      title: { nl: "Breng afhankelijkheden in kaart", en: "Map the dependencies" },
      description: {
        nl: "Maak samen zichtbaar wie wat van wie nodig heeft en waar ieders invloed vandaan komt. Wat zichtbaar is, kan besproken worden.",
        en: "Make visible together who needs what from whom and where each partner's influence comes from. What is visible can be discussed.",
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
