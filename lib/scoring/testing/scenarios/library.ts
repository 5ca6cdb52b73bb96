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
];
