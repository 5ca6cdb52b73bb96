import type { Role } from "../../content";
import { answersFor, type Profile } from "../instrument/profile-answers";

/**
 * The demo scan: a regional care network of four partners whose answers tell
 * a recognisable story. The ambition is broadly shared, but the health
 * insurer sets the course, partners differ sharply on whether the deal is
 * fair, conflict is avoided, and the housing corporation has too few
 * respondents to be shown (anonymity). All answers are made up.
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

const shared: Profile = {
  level: 4,
  desired: 0,
  openness: 3,
  levels: {
    "people.open-disagreement": 2,
    "interests.issues-postponed": 2,
    "organisation.decisions-clear": 3,
    "people.power-discussable": 2,
  },
  positions: {
    "paradox.prevent-vs-value-conflict": -2,
    "paradox.quick-wins-vs-care": -2,
    "paradox.central-vs-local": -1,
  },
  opennessOf: { "paradox.prevent-vs-value-conflict": 2 },
};

function profile(extra: Profile): Profile {
  return {
    ...shared,
    ...extra,
    levels: { ...shared.levels, ...extra.levels },
    positions: { ...shared.positions, ...extra.positions },
    opennessOf: { ...shared.opennessOf, ...extra.opennessOf },
  };
}

const partnerProfiles: { name: string; size: number; profile: Profile; comment?: [string, string] }[] = [
  {
    name: "Gemeente Rivierstad",
    size: 5,
    profile: profile({ levels: { "interests.fair-return": 4, "people.dominance": 2, "ambition.side-issue": 4 } }),
    comment: ["ambition", "We willen allemaal hetzelfde, maar wie betaalt wat blijft onduidelijk."],
  },
  {
    name: "Zorgverzekeraar Delta",
    size: 4,
    profile: profile({
      level: 4,
      levels: { "interests.fair-return": 5, "people.dominance": 4, "organisation.decisions-clear": 4 },
      positions: { "paradox.central-vs-local": -2 },
    }),
  },
  {
    name: "Thuiszorg Aan Huis",
    size: 5,
    profile: profile({
      level: 3,
      levels: {
        "interests.fair-return": 1,
        "people.dominance": 1,
        "people.agreements-trusted": 2,
        "interests.information-shared": 2,
      },
      positions: { "paradox.central-vs-local": 2 },
    }),
    comment: ["people", "Beslissingen vallen vaak al vóór het overleg, bij de verzekeraar."],
  },
  { name: "Woningcorporatie Thuis", size: 2, profile: profile({ level: 4 }) },
];

const roles: Role[] = ["executive", "manager", "operational", "manager", "operational"];

/** Small, deterministic differences between people of the same partner. */
function vary(answers: Record<string, number | null>, seed: number): Record<string, number | null> {
  let index = 0;
  const varied: Record<string, number | null> = {};
  for (const [id, value] of Object.entries(answers)) {
    index += 1;
    if (typeof value !== "number" || id.startsWith("context.")) {
      varied[id] = value;
      continue;
    }
    const step = ((seed * 7 + index * 3) % 5) - 2;
    const delta = Math.abs(step) === 2 ? 0 : step;
    const [min, max] = id.includes(".current") || id.includes(".desired") ? [-3, 3] : [1, 5];
    varied[id] = Math.min(max, Math.max(min, value + delta));
    // Now and then somebody does not know.
    if ((seed + index) % 29 === 0) varied[id] = id.includes(".current") ? value : null;
  }
  return varied;
}

export function demoPartners(): DemoPartner[] {
  return partnerProfiles.map((partner, p) => ({
    name: partner.name,
    respondents: Array.from({ length: partner.size }, (_, i) => {
      const seed = p * 10 + i;
      const isLastOfLargeGroup = partner.size >= 5 && i === partner.size - 1;
      return {
        role: roles[i % roles.length] ?? "manager",
        answers: vary(answersFor(DEMO_SCAN.variant, partner.profile, seed), seed),
        comments: partner.comment && i === 0 ? { [partner.comment[0]]: partner.comment[1] } : {},
        status: isLastOfLargeGroup ? "started" : "submitted",
      };
    }),
  }));
}
