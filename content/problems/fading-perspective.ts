import type { Problem } from "../schema";

export const fadingPerspective: Problem = {
  id: "problem.fading-perspective",
  name: { nl: "Verwatering van het wenkende perspectief", en: "The beckoning perspective fades" },
  description: {
    nl: "Ooit was er een aansprekend vooruitzicht, maar het is naar de achtergrond verdwenen. De samenwerking draait door op routine, resultaten worden niet meer gezien en bestuurders laten het steeds vaker afweten.",
    en: "There once was an appealing prospect, but it has faded into the background. The collaboration runs on routine, results are no longer noticed and executives increasingly stay away.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "ambition.less-drive" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.no-new-horizon" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.inspiring" }, weight: 0.8 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "process.visible-results" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.leaders-committed" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.side-issue" }, weight: 0.5 },
      { signal: { kind: "statement-low", statementId: "process.sense-making" }, weight: 0.5 },
    ],
    counter: [
      // A perspective can only fade where it was once shared.
      {
        signal: { kind: "statement-low", statementId: "ambition.shared-goal" },
        weight: 1.5,
        pointsTo: "problem.no-shared-ambition",
        reason: {
          nl: "er lijkt nooit een gedeeld doel te zijn geweest, en een perspectief kan alleen verwateren waar het ooit gedeeld was",
          en: "there seems never to have been a shared goal, and a perspective can only fade where it was once shared",
        },
      },
      {
        signal: { kind: "statement-low", statementId: "ambition.different-stories" },
        weight: 1,
        pointsTo: "problem.no-shared-ambition",
        reason: {
          nl: "partners vertellen verschillende verhalen over waar het om draait",
          en: "partners tell different stories about what it is about",
        },
      },
      {
        signal: { kind: "statement-low", statementId: "ambition.shared-problem" },
        weight: 1,
        pointsTo: "problem.no-shared-ambition",
        reason: {
          nl: "partners zijn het niet eens over het vraagstuk dat zij samen aanpakken",
          en: "partners do not agree on the issue they tackle together",
        },
      },
    ],
    lookAlikes: ["problem.no-shared-ambition", "problem.sham-collaboration"],
    excludes: ["problem.no-shared-ambition"],
  },
  interventions: [
    {
      id: "intervention.renew-ambition",
      title: { nl: "Herijk de ambitie", en: "Recalibrate the ambition" },
      description: {
        nl: "Bekijk samen wat er sinds de start is veranderd in de omgeving en bij de partners, en formuleer wat de samenwerking nú de moeite waard maakt.",
        en: "Look together at what has changed since the start, around you and among the partners, and put into words what makes the collaboration worthwhile now.",
      },
    },
    {
      id: "intervention.show-small-wins",
      title: { nl: "Maak kleine successen zichtbaar", en: "Make small wins visible" },
      description: {
        nl: "Kies een paar resultaten die binnen enkele maanden haalbaar zijn en vier ze zichtbaar, ook in de eigen organisaties van de partners.",
        en: "Pick a few results that can be achieved within months and celebrate them visibly, also inside the partners’ own organisations.",
      },
    },
    {
      id: "intervention.re-engage-executives",
      title: { nl: "Betrek de bestuurders opnieuw", en: "Re-engage the executives" },
      description: {
        nl: "Organiseer een bestuurlijk moment waarin de bestuurders persoonlijk vertellen waarom zij (nog) in deze samenwerking geloven.",
        en: "Hold an executive meeting in which the executives say personally why they (still) believe in this collaboration.",
      },
    },
    {
      id: "intervention.transform-or-end",
      title: { nl: "Kies bewust: vernieuwen of afronden", en: "Choose deliberately: renew or wind up" },
      description: {
        nl: "Bespreek of de samenwerking in een nieuwe fase moet komen, met nieuwe doelen of partners, of dat zij netjes kan worden afgerond.",
        en: "Discuss whether the collaboration should move into a new phase, with new goals or partners, or whether it can be wound up properly.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.2",
    interpretation: true,
  },
};
