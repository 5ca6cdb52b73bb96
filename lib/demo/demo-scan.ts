import { instrument, type Role } from "../../content";
import type { ScanInput } from "../scoring/input";
import { generateScan, type PartnerSpec, type ScenarioSpec } from "../scoring/testing/scenarios/generate";
import { backgroundAnswers, backgroundStream, type DemoBackground } from "./demo-background";

/**
 * The demo scan: a regional care network of four partners, made up, whose
 * answers tell a story the diagnosis tells back.
 *
 * The partners share the ambition of letting older people live at home
 * longer. Underneath, the home-care provider feels the health insurer sets
 * the course: decisions are prepared before the meeting, its return is not
 * in proportion, and power cannot be discussed; the others do not see it
 * that way (a power game felt by one partner). The executives think their
 * people at the table may make agreements, while those at the table say
 * they have no mandate and that agreements are reopened at home (double
 * loyalties, a difference between board and table). Conflict is avoided
 * rather than used. The housing corporation has too few respondents to be
 * shown on its own (anonymity).
 *
 * In the background step the insurer sees a calculative collaboration, the
 * home-care provider a cautious one that shares step by step, and the
 * municipality is divided (its executives see partners who trust each other
 * freely, its people at the table a cautious exchange). All feel the pressure from outside (the law, the
 * region) and want to learn together, but they take part for different
 * returns: the insurer for cost, the home-care provider and the insurer for
 * their position, the municipality for neither.
 *
 * Answers come from the scenario generator with a fixed seed: people differ
 * around what their partner and role think, statements differ, a few answer
 * "weet niet", so no two partners have the same figures and differences come
 * in every size.
 */
export type DemoRespondent = {
  role: Role;
  answers: Record<string, number | null>;
  comments: Record<string, string>;
  status: "submitted" | "started";
};

export type DemoPartner = { name: string; respondents: DemoRespondent[] };

export const DEMO_SCAN = {
  name: "Zorgnetwerk Rivierenland",
  description:
    "Gemeente, zorgverzekeraar, thuiszorg en woningcorporatie werken samen aan langer thuis wonen voor ouderen in de regio.",
  form: "partnership",
  phase: "functioning",
  variant: "full",
  collaborationType: 11,
  locale: "nl",
  anonymityThreshold: 3,
} as const;

const SEED = 2030;

/** Executives first, then the people at the table. */
function roles(executives: number, size: number): Role[] {
  const atTable: Role[] = ["manager", "operational", "manager", "operational", "manager"];
  return Array.from({ length: size }, (_, index) =>
    index < executives ? "executive" : (atTable[index - executives] ?? "manager"),
  );
}

const partners: (PartnerSpec & {
  comments?: Partial<Record<number, [string, string]>>;
  background: DemoBackground;
})[] = [
  {
    name: "Gemeente Rivierstad",
    size: 6,
    roles: roles(2, 6),
    levels: {
      "people.dominance": 2.9,
      "organisation.decided-elsewhere": 2.9,
      "interests.fair-return": 3.4,
      "organisation.resources": 2.8,
    },
    positions: { "paradox.central-vs-local": -0.5 },
    comments: {
      0: ["ambition", "We willen allemaal hetzelfde voor onze ouderen; wie wat betaalt blijft lastig."],
      3: ["people", "Wat we aan tafel afspreken, moet ik binnen de gemeente vaak opnieuw verdedigen."],
    },
    background: {
      trustModes: [3, 3, 1, 1, 2, 1],
      motives: {
        "context.motive.market": 1.7,
        "context.motive.cost": 3.6,
        "context.motive.knowledge": 3.6,
        "context.motive.external": 4.6,
      },
    },
  },
  {
    name: "Zorgverzekeraar Delta",
    size: 4,
    roles: roles(1, 4),
    levels: {
      "people.dominance": 4.2,
      "organisation.decided-elsewhere": 4.0,
      "interests.fair-return": 4.4,
      "people.power-discussable": 3.9,
      "organisation.decisions-clear": 4.1,
    },
    positions: { "paradox.central-vs-local": -2 },
    comments: { 1: ["organisation", "De rolverdeling is helder; het tempo mag omhoog."] },
    background: {
      trustModes: [2, 2, 0, 2],
      motives: {
        "context.motive.market": 3.6,
        "context.motive.cost": 4.7,
        "context.motive.knowledge": 3.2,
        "context.motive.external": 4.2,
      },
    },
  },
  {
    name: "Thuiszorg Aan Huis",
    size: 6,
    roles: roles(1, 6),
    levels: {
      "people.dominance": 1.6,
      "organisation.decided-elsewhere": 1.6,
      "interests.fair-return": 1.7,
      "people.power-discussable": 1.8,
      "interests.information-shared": 2.3,
      "people.asymmetric-dependence": 1.8,
      "people.agreements-trusted": 2.8,
    },
    positions: { "paradox.central-vs-local": 1.5 },
    comments: {
      0: ["people", "Beslissingen vallen vaak al vóór het overleg, bij de verzekeraar."],
      2: ["interests", "Wij leveren de meeste uren, maar hebben het minst te zeggen over de besteding."],
    },
    background: {
      trustModes: [1, 1, 0, 1, 3, 1],
      motives: {
        "context.motive.market": 3.8,
        "context.motive.cost": 2.3,
        "context.motive.knowledge": 4.1,
        "context.motive.external": 4.0,
      },
    },
  },
  {
    name: "Woningcorporatie Thuis",
    size: 2,
    roles: ["executive", "manager"],
    background: {
      trustModes: [3, 1],
      motives: {
        "context.motive.market": 2.2,
        "context.motive.cost": 3.2,
        "context.motive.knowledge": 3.0,
        "context.motive.external": 4.3,
      },
    },
  },
];

const story: ScenarioSpec = {
  variant: DEMO_SCAN.variant,
  version: instrument.version,
  phase: DEMO_SCAN.phase,
  base: 3.8,
  noise: 0.6,
  dontKnow: 0.03,
  unknowable: { "ambition.competition-checked": 0.35 },
  // The shared ambition carries this network (everyone wants good care for the elderly at home): its strength.
  levels: {
    "ambition.shared-goal": 4.4,
    "ambition.inspiring": 4.3,
    "ambition.shared-problem": 4.3,
    "people.open-disagreement": 2.7,
    "interests.issues-postponed": 2.6,
    "people.power-discussable": 2.9,
    "process.visible-results": 3.1,
  },
  roleLevels: {
    executive: { "people.mandate": 4.4, "people.reopened-at-home": 4.1, "people.caught-between": 4.0 },
    manager: {
      "people.mandate": 2.0,
      "people.reopened-at-home": 2.1,
      "people.caught-between": 2.2,
      "people.constituency-supportive": 2.6,
    },
    operational: {
      "people.mandate": 1.9,
      "people.reopened-at-home": 2.3,
      "people.caught-between": 2.4,
      "people.constituency-supportive": 2.7,
    },
  },
  positions: {
    "paradox.prevent-vs-value-conflict": -1.6,
    "paradox.quick-wins-vs-care": -1.2,
  },
  desired: { "paradox.prevent-vs-value-conflict": 0.5, "paradox.quick-wins-vs-care": 0 },
  openness: { "paradox.prevent-vs-value-conflict": 2.2 },
  trustMode: { code: 2, share: 0.5 },
  tenure: { code: 3, share: 0.5 },
  partners,
};

export function demoPartners(): DemoPartner[] {
  const scan = generateScan(story, SEED);
  return partners.map((partner, index) => {
    const own = scan.respondents.filter((respondent) => respondent.partnerId === scan.partners[index]?.id);
    const nextBackground = backgroundStream(SEED, index);
    return {
      name: partner.name,
      respondents: own.map((respondent, person) => {
        const comment = partner.comments?.[person];
        return {
          role: respondent.role ?? "manager",
          answers: { ...respondent.answers, ...backgroundAnswers(partner.background, person, nextBackground) },
          comments: comment ? { [comment[0]]: comment[1] } : {},
          // Someone in each of the two largest partners has started but not yet sent.
          status: own.length >= 6 && person === own.length - 1 ? "started" : "submitted",
        };
      }),
    };
  });
}

/** The demo as the diagnosis sees it once created: the submitted respondents, nothing released before. */
export function demoScanInput(): ScanInput {
  const demo = demoPartners();
  return {
    instrument: { id: instrument.id, version: instrument.version },
    scan: {
      name: DEMO_SCAN.name,
      form: DEMO_SCAN.form,
      phase: DEMO_SCAN.phase,
      variant: DEMO_SCAN.variant,
      anonymityThreshold: DEMO_SCAN.anonymityThreshold,
      reportingMode: "group",
    },
    partners: demo.map((partner, index) => ({ id: `partner-${index + 1}`, name: partner.name })),
    respondents: demo.flatMap((partner, index) =>
      partner.respondents
        .filter((respondent) => respondent.status === "submitted")
        .map((respondent, person) => ({
          id: `respondent-${index + 1}-${person + 1}`,
          partnerId: `partner-${index + 1}`,
          role: respondent.role,
          release: null,
          answers: respondent.answers,
        })),
    ),
    releases: [],
  };
}
