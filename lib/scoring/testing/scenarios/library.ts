import type { PartnerSpec, ScenarioSpec } from "./generate";

/**
 * The scenario library: collaborations as an advisor meets them, each with
 * what an experienced advisor would conclude. Every scenario runs over
 * several seeds (different people, different noise). Levels are favourable
 * levels on 1–5; below 2.5 is clearly unfavourable, 3 is neutral.
 *
 * `expect.first`: the problem that must be named first (null: a healthy
 * collaboration, nothing may be reported); `alsoTop`: problems that must
 * also be among the first two; `forbid`: problems that must not be reported
 * (the look-alike that the case is not); `noClear`: nothing may be reported
 * as clear ("duidelijk").
 */
export type Expectation = {
  first?: string | null;
  alsoTop?: string[];
  forbid?: string[];
  noClear?: boolean;
};

export type Scenario = { id: string; title: string; spec: ScenarioSpec; expect: Expectation };

const P = {
  noSharedAmbition: "problem.no-shared-ambition",
  fading: "problem.fading-perspective",
  personnel: "problem.personnel-instability",
  sham: "problem.sham-collaboration",
  underOrganisation: "problem.under-organisation",
  enemyImage: "problem.enemy-image",
  doubleLoyalty: "problem.double-loyalty",
  diversity: "problem.unbridgeable-diversity",
  powerGame: "problem.power-game",
} as const;

/** Four partners of a typical regional network; sizes vary per seed. */
function network(overrides: Partial<Record<number, Partial<PartnerSpec>>> = {}, count = 4): PartnerSpec[] {
  const names = ["Gemeente Rivierstad", "Zorggroep Midden", "Woonstichting Thuis", "Welzijn Samen", "Provincie Oost"];
  return names.slice(0, count).map((name, index) => ({ name, size: [3, 8] as [number, number], ...overrides[index] }));
}

const calm = { "paradox.prevent-vs-value-conflict": 0.5 };

export const scenarios: Scenario[] = [
  {
    id: "healthy-mature",
    title: "A mature collaboration that works",
    spec: { variant: "full", base: 4.0, partners: network(), openness: {}, positions: calm },
    expect: { first: null },
  },
  {
    id: "healthy-young",
    title: "A young collaboration: committed, still organising itself",
    spec: {
      variant: "full",
      phase: "forming",
      base: 3.8,
      levels: { "organisation.roles-clear": 3.3, "organisation.direction": 3.3, "process.visible-results": 3.3 },
      partners: network(),
    },
    expect: { first: null },
  },
  {
    id: "healthy-transforming",
    title: "A sound collaboration looking for renewal",
    spec: {
      variant: "full",
      phase: "transforming",
      base: 3.7,
      levels: { "process.visible-results": 3.1, "ambition.inspiring": 3.4 },
      partners: network({}, 3),
    },
    expect: { first: null },
  },
  {
    id: "mediocre-uniform",
    title: "Uniformly mediocre: everything near the middle",
    spec: { variant: "full", base: 3.0, partners: network(), openness: {} },
    expect: { noClear: true },
  },
  {
    id: "mediocre-one-weak-lens",
    title: "Mediocre with organisation a little weaker",
    spec: { variant: "full", base: 3.2, levels: { "lens:organisation": 2.9 }, partners: network() },
    expect: { noClear: true },
  },
  {
    id: "no-shared-ambition",
    title: "Partners never agreed what they want to achieve together",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "ambition.shared-goal": 2.2,
        "ambition.shared-problem": 2.3,
        "ambition.different-stories": 2.2,
        "ambition.motives-known": 2.7,
        "ambition.concrete-goals": 2.7,
        "ambition.inspiring": 3.0,
      },
      partners: network(),
    },
    expect: { first: P.noSharedAmbition, forbid: [P.fading] },
  },
  {
    id: "no-shared-ambition-camps",
    title: "Municipalities and providers want different things (two camps)",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: { "ambition.different-stories": 2.5, "ambition.motives-known": 2.9 },
      partners: network({
        0: { name: "Gemeente Noord", levels: { "ambition.shared-problem": 4.2, "ambition.shared-goal": 4.0 } },
        1: { name: "Gemeente Zuid", levels: { "ambition.shared-problem": 4.1, "ambition.shared-goal": 3.9 } },
        2: { name: "Zorggroep Midden", levels: { "ambition.shared-problem": 1.9, "ambition.shared-goal": 2.1 } },
        3: { name: "Thuiszorg Plus", levels: { "ambition.shared-problem": 2.0, "ambition.shared-goal": 2.2 } },
      }),
    },
    expect: { first: P.noSharedAmbition, forbid: [P.fading] },
  },
  {
    id: "fading-perspective",
    title: "A goal that once inspired, now running out of steam",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "ambition.shared-goal": 4.0,
        "ambition.shared-problem": 3.9,
        "ambition.inspiring": 2.3,
        "ambition.less-drive": 2.1,
        "ambition.no-new-horizon": 2.2,
        "process.visible-results": 2.7,
        "ambition.side-issue": 2.8,
        "ambition.leaders-committed": 2.9,
      },
      partners: network(),
    },
    expect: { first: P.fading, forbid: [P.noSharedAmbition] },
  },
  {
    id: "personnel-instability",
    title: "New faces at every meeting",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.turnover": 2.0,
        "people.sponsors-changed": 2.1,
        "people.connectors": 2.8,
        "ambition.motives-known": 2.9,
      },
      tenure: { code: 0, share: 0.6 },
      partners: network(),
    },
    expect: { first: P.personnel },
  },
  {
    id: "stable-faces-low-trust",
    title: "Low trust while the same people stay at the table",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.turnover": 4.3,
        "people.sponsors-changed": 4.0,
        "people.agreements-trusted": 2.6,
        "people.connectors": 2.8,
      },
      tenure: { code: 3, share: 0.7 },
      partners: network(),
    },
    expect: { forbid: [P.personnel] },
  },
  {
    id: "sham-collaboration",
    title: "Organised on paper; yes at the table, own way afterwards",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "process.agreements-unkept": 2.1,
        "process.say-yes-go-own-way": 2.1,
        "ambition.participation-required": 2.3,
        "people.open-disagreement": 2.6,
        "interests.issues-postponed": 2.5,
        "lens:organisation": 3.9,
      },
      positions: { "paradox.prevent-vs-value-conflict": -2 },
      openness: { "paradox.prevent-vs-value-conflict": 2 },
      partners: network(),
    },
    expect: { first: P.sham, forbid: [P.underOrganisation] },
  },
  {
    id: "sham-with-ambition",
    title: "A fine ambition, but agreements are not acted on",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "lens:ambition": 3.9,
        "process.agreements-unkept": 2.2,
        "process.say-yes-go-own-way": 2.2,
        "interests.issues-postponed": 2.7,
      },
      partners: network(),
    },
    expect: { first: P.sham, forbid: [P.noSharedAmbition, P.fading] },
  },
  {
    id: "under-organisation",
    title: "Willing partners, nobody knows who decides what",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "organisation.decisions-clear": 2.2,
        "organisation.roles-clear": 2.2,
        "organisation.resources": 2.3,
        "organisation.direction": 2.4,
        "process.process-lead": 2.5,
        "organisation.progress-informed": 2.8,
        "process.agreements-unkept": 3.0,
        "process.say-yes-go-own-way": 3.8,
      },
      partners: network(),
    },
    expect: { first: P.underOrganisation, forbid: [P.sham] },
  },
  {
    id: "enemy-image",
    title: "An old conflict that colours everything",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.us-and-them": 2.0,
        "people.conflict-history": 2.1,
        "people.incidents-confirm": 2.2,
        "people.agreements-trusted": 2.5,
        "people.watchfulness": 2.5,
        "people.conflict-turns-personal": 2.7,
        "people.dominance": 3.6,
        "people.asymmetric-dependence": 3.6,
      },
      trustMode: { code: 0, share: 0.6 },
      partners: network(),
    },
    expect: { first: P.enemyImage, forbid: [P.powerGame] },
  },
  {
    id: "power-game",
    title: "One partner sets the course, the others keep quiet",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.dominance": 2.0,
        "people.asymmetric-dependence": 2.1,
        "organisation.decided-elsewhere": 2.1,
        "people.power-discussable": 2.3,
        "interests.information-shared": 2.7,
        "people.us-and-them": 3.6,
        "people.conflict-history": 3.8,
      },
      partners: network(),
    },
    expect: { first: P.powerGame, forbid: [P.enemyImage] },
  },
  {
    id: "power-game-felt-by-one",
    title: "Only one partner feels overruled",
    spec: {
      variant: "full",
      partners: network({
        2: {
          name: "Woonstichting Thuis",
          levels: {
            "people.dominance": 1.8,
            "interests.fair-return": 2.1,
            "organisation.decided-elsewhere": 2.1,
            "people.power-discussable": 2.5,
          },
        },
      }),
    },
    expect: { first: P.powerGame, noClear: true },
  },
  {
    id: "double-loyalty",
    title: "Agreed at the table, reopened at home",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.reopened-at-home": 2.1,
        "people.mandate": 2.2,
        "people.caught-between": 2.1,
        "people.constituency-supportive": 2.5,
        "interests.stated-openly": 3.0,
      },
      partners: network(),
    },
    expect: { first: P.doubleLoyalty, forbid: [P.powerGame] },
  },
  {
    id: "double-loyalty-roles",
    title: "Executives see a mandate that those at the table do not have",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      roleLevels: {
        manager: { "people.mandate": 2.1, "people.reopened-at-home": 2.2, "people.caught-between": 2.2 },
        operational: { "people.mandate": 2.0, "people.reopened-at-home": 2.3, "people.caught-between": 2.3 },
        executive: { "people.mandate": 4.0, "people.reopened-at-home": 3.7, "people.caught-between": 3.8 },
      },
      partners: network({
        0: { roles: ["executive", "executive"] },
        1: { roles: ["executive"] },
        2: { roles: ["executive", "executive"] },
        3: { roles: ["executive"] },
      }),
    },
    expect: { first: P.doubleLoyalty },
  },
  {
    id: "unbridgeable-diversity",
    title: "Ways of working that keep clashing",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.working-styles-clash": 2.0,
        "interests.shared-language": 2.3,
        "people.diversity-valued": 2.5,
        "people.differences-bridgeable": 2.3,
      },
      partners: network(),
    },
    expect: { first: P.diversity },
  },
  {
    id: "power-game-and-double-loyalty",
    title: "A dominant partner, and representatives without a mandate",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.dominance": 2.1,
        "people.asymmetric-dependence": 2.2,
        "organisation.decided-elsewhere": 2.2,
        "people.power-discussable": 2.4,
        "people.reopened-at-home": 2.2,
        "people.mandate": 2.2,
        "people.caught-between": 2.2,
      },
      partners: network(),
    },
    expect: { first: undefined, alsoTop: [P.powerGame, P.doubleLoyalty] },
  },
  {
    id: "quick-power-game",
    title: "Quick scan: a dominant partner",
    spec: {
      variant: "quick",
      base: 3.4,
      noise: 0.8,
      levels: { "people.dominance": 1.9, "people.open-disagreement": 2.7, "interests.fair-return": 2.7 },
      partners: network(),
    },
    expect: { first: P.powerGame },
  },
  {
    id: "quick-under-organisation",
    title: "Quick scan: nobody knows who decides",
    spec: {
      variant: "quick",
      base: 3.4,
      noise: 0.8,
      levels: {
        "organisation.decisions-clear": 2.1,
        "organisation.roles-clear": 2.2,
        "organisation.resources": 2.3,
        "process.process-lead": 2.5,
      },
      partners: network(),
    },
    expect: { first: P.underOrganisation },
  },
  {
    id: "quick-healthy",
    title: "Quick scan: a collaboration that works",
    spec: { variant: "quick", base: 4.0, partners: network(), positions: calm },
    expect: { first: null },
  },
  // Healthy and mediocre scans of other shapes: nothing to report, or nothing clear.
  {
    id: "healthy-five-partners",
    title: "A sound network of five partners, answers scattered widely",
    spec: { variant: "full", base: 3.9, noise: 0.9, partners: network({}, 5) },
    expect: { first: null },
  },
  {
    id: "healthy-small",
    title: "A sound collaboration of three small partners",
    spec: { variant: "full", base: 3.9, partners: network({ 0: { size: 3 }, 1: { size: 3 }, 2: { size: 4 } }, 3) },
    expect: { first: null },
  },
  {
    id: "healthy-with-weak-spots",
    title: "A sound collaboration, short of resources and slow to show results",
    spec: {
      variant: "full",
      base: 3.9,
      levels: { "organisation.resources": 2.7, "process.visible-results": 2.9, "ambition.competition-checked": 2.8 },
      unknowable: { "ambition.competition-checked": 0.4 },
      partners: network(),
    },
    expect: { noClear: true },
  },
  {
    id: "mediocre-noisy",
    title: "Mediocre, with answers all over the place and many 'don't know'",
    spec: { variant: "full", base: 3.0, noise: 1.0, dontKnow: 0.1, partners: network({}, 5) },
    expect: { noClear: true },
  },
  {
    id: "quick-mediocre",
    title: "Quick scan: everything near the middle",
    spec: { variant: "quick", base: 3.0, partners: network() },
    expect: { noClear: true },
  },
  // Version 1 scans (started before the statements that tell look-alikes apart): the same problems from fewer signs.
  {
    id: "v1-no-shared-ambition",
    title: "Version 1: partners never agreed what they want to achieve",
    spec: {
      variant: "full",
      version: 1,
      base: 3.4,
      noise: 0.8,
      levels: {
        "ambition.shared-goal": 2.1,
        "ambition.shared-problem": 2.3,
        "ambition.different-stories": 2.2,
        "ambition.concrete-goals": 2.6,
      },
      partners: network(),
    },
    expect: { first: P.noSharedAmbition, forbid: [P.fading] },
  },
  {
    id: "v1-fading-perspective",
    title: "Version 1: the goal still stands, the energy has gone",
    spec: {
      variant: "full",
      version: 1,
      base: 3.4,
      noise: 0.8,
      levels: {
        "ambition.shared-goal": 4.0,
        "ambition.inspiring": 2.1,
        "ambition.leaders-committed": 2.4,
        "process.visible-results": 2.4,
        "ambition.side-issue": 2.8,
      },
      partners: network(),
    },
    expect: { first: P.fading, forbid: [P.noSharedAmbition] },
  },
  {
    id: "v1-sham-collaboration",
    title: "Version 1: agreements made and not kept, conflict avoided",
    spec: {
      variant: "full",
      version: 1,
      base: 3.5,
      noise: 0.8,
      levels: {
        "process.agreements-unkept": 2.0,
        "interests.issues-postponed": 2.2,
        "people.open-disagreement": 2.5,
        "lens:organisation": 3.8,
      },
      positions: { "paradox.prevent-vs-value-conflict": -2 },
      openness: { "paradox.prevent-vs-value-conflict": 2 },
      partners: network(),
    },
    expect: { first: P.sham, forbid: [P.underOrganisation] },
  },
  {
    id: "v1-enemy-image",
    title: "Version 1: us and them, and nobody trusts the others' word",
    spec: {
      variant: "full",
      version: 1,
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.us-and-them": 1.9,
        "people.agreements-trusted": 2.3,
        "people.watchfulness": 2.4,
        "people.conflict-turns-personal": 2.6,
        "people.dominance": 3.7,
      },
      trustMode: { code: 0, share: 0.6 },
      partners: network(),
    },
    expect: { first: P.enemyImage, forbid: [P.powerGame] },
  },
  {
    id: "v1-double-loyalty",
    title: "Version 1: no mandate at the table, agreements reopened at home",
    spec: {
      variant: "full",
      version: 1,
      base: 3.4,
      noise: 0.8,
      levels: { "people.mandate": 2.0, "people.reopened-at-home": 2.1, "interests.stated-openly": 2.9 },
      partners: network(),
    },
    expect: { first: P.doubleLoyalty, forbid: [P.powerGame] },
  },
  {
    id: "v1-unbridgeable-diversity",
    title: "Version 1: no common language, differences an irritation",
    spec: {
      variant: "full",
      version: 1,
      base: 3.4,
      noise: 0.8,
      levels: { "interests.shared-language": 2.0, "people.diversity-valued": 2.2, "process.phase-shared": 2.6 },
      partners: network(),
    },
    expect: { first: P.diversity, forbid: [P.enemyImage] },
  },
  {
    id: "v1-personnel-instability",
    title: "Version 1: new faces at every meeting",
    spec: {
      variant: "full",
      version: 1,
      base: 3.4,
      noise: 0.8,
      levels: { "people.turnover": 1.9, "people.connectors": 2.6, "ambition.motives-known": 2.8 },
      partners: network(),
    },
    expect: { first: P.personnel },
  },
  // Troubled collaborations: much is mediocre to weak, and the problem stands out from it.
  {
    id: "troubled-sham",
    title: "Troubled all round, and above all yes at the table and nothing after",
    spec: {
      variant: "full",
      base: 2.9,
      noise: 0.8,
      levels: {
        "process.agreements-unkept": 1.9,
        "process.say-yes-go-own-way": 1.8,
        "ambition.participation-required": 2.1,
        "interests.issues-postponed": 2.3,
        "people.open-disagreement": 2.4,
        "lens:organisation": 3.3,
      },
      positions: { "paradox.prevent-vs-value-conflict": -1.5 },
      partners: network(),
    },
    expect: { first: P.sham, forbid: [P.underOrganisation] },
  },
  {
    id: "troubled-power-game",
    title: "Troubled all round, and one partner calls the shots",
    spec: {
      variant: "full",
      base: 2.9,
      noise: 0.8,
      levels: {
        "people.dominance": 1.8,
        "organisation.decided-elsewhere": 1.9,
        "people.asymmetric-dependence": 2.0,
        "people.power-discussable": 2.2,
        "interests.information-shared": 2.5,
        "people.us-and-them": 3.2,
        "people.conflict-history": 3.4,
      },
      partners: network(),
    },
    expect: { first: P.powerGame, forbid: [P.enemyImage] },
  },
  {
    id: "troubled-enemy-image",
    title: "Troubled all round, and an old feud between two partners",
    spec: {
      variant: "full",
      base: 2.9,
      noise: 0.8,
      levels: {
        "people.us-and-them": 1.8,
        "people.conflict-history": 1.8,
        "people.incidents-confirm": 2.0,
        "people.agreements-trusted": 2.3,
        "people.watchfulness": 2.3,
        "people.dominance": 3.2,
      },
      partners: network(),
    },
    expect: { first: P.enemyImage, forbid: [P.powerGame] },
  },
  // More look-alikes.
  {
    id: "diversity-without-hostility",
    title: "Ways of working clash, without an enemy image",
    spec: {
      variant: "full",
      base: 3.5,
      noise: 0.8,
      levels: {
        "people.working-styles-clash": 2.0,
        "interests.shared-language": 2.2,
        "people.differences-bridgeable": 2.4,
        "process.phase-shared": 2.6,
        "people.us-and-them": 3.7,
        "people.conflict-history": 3.9,
      },
      partners: network(),
    },
    expect: { first: P.diversity, forbid: [P.enemyImage] },
  },
  {
    id: "differences-bridgeable",
    title: "Partners differ a lot, and feel they can bridge it",
    spec: {
      variant: "full",
      base: 3.8,
      levels: {
        "people.working-styles-clash": 2.7,
        "interests.shared-language": 2.8,
        "people.differences-bridgeable": 4.2,
        "people.diversity-valued": 4.1,
      },
      partners: network(),
    },
    expect: { forbid: [P.diversity], noClear: true },
  },
  {
    id: "personnel-by-tenure",
    title: "Sponsors left and most people are new, though meetings feel continuous",
    spec: {
      variant: "full",
      base: 3.5,
      noise: 0.8,
      levels: { "people.turnover": 2.8, "people.sponsors-changed": 1.9, "people.connectors": 2.6 },
      tenure: { code: 0, share: 0.7 },
      partners: network(),
    },
    expect: { first: P.personnel },
  },
  // Two problems at once.
  {
    id: "fading-and-personnel",
    title: "The pioneers have left and the drive went with them",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "people.turnover": 2.0,
        "people.sponsors-changed": 1.9,
        "ambition.less-drive": 2.0,
        "ambition.no-new-horizon": 2.1,
        "ambition.inspiring": 2.5,
        "ambition.shared-goal": 3.9,
      },
      tenure: { code: 0, share: 0.5 },
      partners: network(),
    },
    expect: { alsoTop: [P.personnel, P.fading], forbid: [P.noSharedAmbition] },
  },
  {
    id: "no-ambition-and-power-game",
    title: "No shared goal, and the biggest partner fills the gap",
    spec: {
      variant: "full",
      base: 3.4,
      noise: 0.8,
      levels: {
        "ambition.shared-goal": 2.0,
        "ambition.shared-problem": 2.2,
        "ambition.different-stories": 2.1,
        "people.dominance": 1.9,
        "organisation.decided-elsewhere": 2.0,
        "people.power-discussable": 2.4,
      },
      partners: network(),
    },
    expect: { alsoTop: [P.noSharedAmbition, P.powerGame], forbid: [P.fading] },
  },
  // Group-driven cases.
  {
    id: "enemy-image-camps",
    title: "Municipalities and providers distrust each other (two camps)",
    spec: {
      variant: "full",
      base: 3.5,
      noise: 0.8,
      levels: { "people.conflict-history": 2.2, "people.incidents-confirm": 2.5 },
      partners: network({
        0: { name: "Gemeente Noord", levels: { "people.us-and-them": 1.8, "people.agreements-trusted": 1.9 } },
        1: { name: "Gemeente Zuid", levels: { "people.us-and-them": 1.9, "people.agreements-trusted": 2.0 } },
        2: { name: "Zorggroep Midden", levels: { "people.us-and-them": 2.2, "people.agreements-trusted": 4.0 } },
        3: { name: "Thuiszorg Plus", levels: { "people.us-and-them": 2.3, "people.agreements-trusted": 4.1 } },
      }),
    },
    expect: { first: P.enemyImage, forbid: [P.powerGame] },
  },
  {
    id: "power-game-five-partners",
    title: "Five partners; the largest sets the course and sees no problem",
    spec: {
      variant: "full",
      base: 3.5,
      noise: 0.8,
      levels: {
        "people.dominance": 1.9,
        "organisation.decided-elsewhere": 2.0,
        "people.asymmetric-dependence": 2.1,
        "people.power-discussable": 2.5,
      },
      partners: network(
        {
          0: {
            name: "Gemeente Rivierstad",
            levels: { "people.dominance": 4.0, "organisation.decided-elsewhere": 3.9, "people.power-discussable": 4.0 },
          },
        },
        5,
      ),
    },
    expect: { first: P.powerGame, forbid: [P.enemyImage] },
  },
  {
    id: "double-loyalty-small-partners",
    title: "No mandate at the table; two partners too small to show on their own",
    spec: {
      variant: "full",
      base: 3.5,
      noise: 0.8,
      levels: { "people.mandate": 2.0, "people.reopened-at-home": 2.1, "people.caught-between": 2.2 },
      partners: network({ 2: { size: 2 }, 3: { size: 2 } }, 5),
    },
    expect: { first: P.doubleLoyalty, forbid: [P.powerGame] },
  },
  {
    id: "quick-sham-collaboration",
    title: "Quick scan: agreements not kept, difficult issues postponed",
    spec: {
      variant: "quick",
      base: 3.5,
      noise: 0.8,
      levels: { "process.agreements-unkept": 1.9, "interests.issues-postponed": 2.2, "people.open-disagreement": 2.6 },
      partners: network(),
    },
    expect: { first: P.sham, forbid: [P.underOrganisation] },
  },
  {
    id: "quick-no-shared-ambition",
    title: "Quick scan: no goal put into words together",
    spec: {
      variant: "quick",
      base: 3.5,
      noise: 0.8,
      levels: { "ambition.shared-goal": 1.9, "ambition.concrete-goals": 2.3, "ambition.inspiring": 2.8 },
      partners: network(),
    },
    expect: { first: P.noSharedAmbition, forbid: [P.fading] },
  },
  // Written from each problem's description alone, the way a practitioner fills in `npm run diagnose -- --template`:
  // everything else at the middle of the scale, three small partners, little noise.
  ...fromDescriptions(),
];

/** Three partners of three to five people, answers near the described levels, the rest neutral. */
function described(
  id: string,
  title: string,
  levels: Record<string, number>,
  expect: Expectation,
  more: Partial<ScenarioSpec> = {},
): Scenario {
  const partners = ["Gemeente", "Zorgaanbieder", "Woningcorporatie"].map((name) => ({
    name,
    size: [3, 5] as [number, number],
  }));
  return {
    id,
    title,
    spec: { variant: "full", base: 3.0, noise: 0.5, dontKnow: 0.02, levels, partners, ...more },
    expect,
  };
}

function fromDescriptions(): Scenario[] {
  return [
    described("described-neutral", "The template as it comes: everything at the middle", {}, { noClear: true }),
    described("described-healthy", "Described as going well throughout", {}, { first: null }, { base: 4.0 }),
    described(
      "described-no-shared-ambition",
      "Each partner tells its own story about the goal; agreements stay vague; energy goes into procedures",
      {
        "ambition.shared-goal": 1.8,
        "ambition.different-stories": 1.8,
        "ambition.concrete-goals": 2.0,
        "ambition.shared-problem": 2.2,
        "organisation.red-tape": 2.3,
        "ambition.inspiring": 2.5,
      },
      { first: P.noSharedAmbition, forbid: [P.fading] },
    ),
    described(
      "described-fading-perspective",
      "The prospect that once appealed has faded; routine; results unnoticed; executives stay away",
      {
        "ambition.inspiring": 2.0,
        "ambition.less-drive": 1.8,
        "ambition.no-new-horizon": 2.0,
        "process.visible-results": 2.0,
        "ambition.leaders-committed": 2.0,
        "ambition.shared-goal": 3.6,
      },
      { first: P.fading, forbid: [P.noSharedAmbition] },
    ),
    described(
      "described-personnel-instability",
      "New people at the table all the time; history and personal understandings lost; agreements renegotiated",
      {
        "people.turnover": 1.5,
        "people.sponsors-changed": 2.0,
        "people.agreements-trusted": 2.5,
        "people.connectors": 2.3,
        "people.reopened-at-home": 2.5,
      },
      { first: P.personnel },
      { tenure: { code: 0, share: 0.5 } },
    ),
    described(
      "described-sham-collaboration",
      "On paper together, in practice little happens; agreements not kept; the peace kept",
      {
        "process.agreements-unkept": 1.7,
        "process.say-yes-go-own-way": 1.8,
        "interests.issues-postponed": 1.8,
        "people.open-disagreement": 2.0,
        "process.visible-results": 2.2,
      },
      { first: P.sham, forbid: [P.underOrganisation] },
      {
        positions: { "paradox.prevent-vs-value-conflict": -2 },
        openness: { "paradox.prevent-vs-value-conflict": 2 },
      },
    ),
    described(
      "described-under-organisation",
      "Goodwill, but unclear who decides, who does what, who pays; much left undone",
      {
        "organisation.decisions-clear": 1.8,
        "organisation.roles-clear": 1.8,
        "organisation.resources": 2.0,
        "organisation.direction": 2.0,
        "organisation.progress-informed": 2.3,
        "process.agreements-unkept": 2.3,
        "people.agreements-trusted": 3.8,
        "ambition.inspiring": 3.8,
      },
      { first: P.underOrganisation, forbid: [P.sham] },
    ),
    described(
      "described-enemy-image",
      "Partners see each other as opponents; old grievances; every incident confirms the image",
      {
        "people.us-and-them": 1.5,
        "people.conflict-history": 1.8,
        "people.incidents-confirm": 1.8,
        "people.agreements-trusted": 2.0,
        "people.watchfulness": 2.0,
      },
      { first: P.enemyImage, forbid: [P.powerGame] },
      { trustMode: { code: 0, share: 0.6 } },
    ),
    described(
      "described-double-loyalty",
      "What is agreed at the table falls apart at home; no mandate; the constituency stays invisible",
      {
        "people.reopened-at-home": 1.7,
        "people.mandate": 1.8,
        "people.caught-between": 2.0,
        "people.constituency-supportive": 2.2,
        "interests.stated-openly": 2.5,
      },
      { first: P.doubleLoyalty, forbid: [P.powerGame] },
    ),
    described(
      "described-unbridgeable-diversity",
      "Language, culture, pace and ways of working differ so much that partners no longer understand each other",
      {
        "interests.shared-language": 1.7,
        "people.working-styles-clash": 1.8,
        "people.diversity-valued": 2.0,
        "people.differences-bridgeable": 2.2,
        "process.phase-shared": 2.4,
        "people.conflict-turns-personal": 2.5,
      },
      { first: P.diversity, forbid: [P.enemyImage] },
    ),
    described(
      "described-power-game",
      "Strong partners set the course; weaker ones feel dependent and keep quiet; information held back",
      {
        "people.dominance": 1.6,
        "people.asymmetric-dependence": 1.8,
        "people.power-discussable": 1.8,
        "interests.information-shared": 2.0,
        "organisation.decided-elsewhere": 2.0,
        "people.open-disagreement": 2.4,
        "people.uncertainty-voiced": 2.5,
      },
      { first: P.powerGame, forbid: [P.enemyImage] },
    ),
  ];
}
