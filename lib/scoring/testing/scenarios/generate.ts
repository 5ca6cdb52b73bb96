import { instrument, type Phase, type Role, type Variant } from "../../../../content";
import { itemsForVariant } from "../../../instrument/items";
import type { ScanInput } from "../../input";
import { seededRandom } from "../seeded-random";

/**
 * Realistic scans from a short description, for the scenario library: three
 * to five partners of three to eight people with mixed roles, answers that
 * scatter around what the scenario says (people differ, items differ, a few
 * "weet niet"), and the paradoxes and background as described. Levels are
 * favourable levels on 1–5 (5 = as good as it gets): a negatively worded
 * statement is turned around when answered, as a person would.
 */
export type PartnerSpec = {
  name: string;
  /** How many people of this partner answer: a fixed number or a range drawn per seed. */
  size: number | [min: number, max: number];
  /** Favourable levels for this partner only, on top of the scenario's (statement ids or "lens:<id>"). */
  levels?: Record<string, number>;
  /** Paradox positions (−3…+3) for this partner only. */
  positions?: Record<string, number>;
  /** Roles in order of its people; the rest are drawn. */
  roles?: Role[];
};

export type ScenarioSpec = {
  variant: Variant;
  /** The instrument version the scan was started with (default: the current one). */
  version?: number;
  phase?: Phase;
  /** The favourable level of every statement not named (default 3.9: a collaboration that works). */
  base?: number;
  /** Favourable levels per statement id, or per lens as "lens:<lensId>". */
  levels?: Record<string, number>;
  /** Levels for everyone in a role, on top of the rest. */
  roleLevels?: Partial<Record<Role, Record<string, number>>>;
  partners: PartnerSpec[];
  /** Current positions per paradox (−3…+3); default a small lean around 0. */
  positions?: Record<string, number>;
  desired?: Record<string, number>;
  /** Openness per paradox (1–5); default 3.5. */
  openness?: Record<string, number>;
  /** Chosen trust mode (option code) with its probability; others spread evenly. */
  trustMode?: { code: number; share: number };
  /** Tenure (option code of context.tenure) with its probability, where the instrument asks it. */
  tenure?: { code: number; share: number };
  /** How much answers scatter around their level (default 0.7 on the 1–5 scale). */
  noise?: number;
  /** Share of "weet niet" answers (default 0.04). */
  dontKnow?: number;
  /** Statements nobody can judge: a share of "weet niet" of their own (e.g. the competition-law check). */
  unknowable?: Record<string, number>;
};

/** A normally distributed number from a uniform generator (Box–Muller). */
function gaussian(next: () => number): number {
  const u = Math.max(next(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

const ROLE_WEIGHTS: [Role, number][] = [
  ["executive", 0.2],
  ["manager", 0.45],
  ["operational", 0.3],
  ["other", 0.05],
];

/** An option code (0, 1, …) drawn with the given probabilities. */
function drawWeighted(next: () => number, weights: readonly number[]): number {
  let pick = next();
  for (const [code, weight] of weights.entries()) {
    pick -= weight;
    if (pick <= 0) return code;
  }
  return weights.length - 1;
}

function drawRole(next: () => number): Role {
  let pick = next();
  for (const [role, weight] of ROLE_WEIGHTS) {
    pick -= weight;
    if (pick <= 0) return role;
  }
  return "manager";
}

export function generateScan(spec: ScenarioSpec, seed: number): ScanInput {
  const next = seededRandom(seed * 7919 + 17);
  const version = spec.version ?? instrument.version;
  const items = itemsForVariant(spec.variant, version);
  const noise = spec.noise ?? 0.7;
  const dontKnow = spec.dontKnow ?? 0.04;
  const partners = spec.partners.map((partner, index) => ({ id: `p${index + 1}`, name: partner.name }));
  const respondents: ScanInput["respondents"] = [];
  // Statements differ: some are answered a little more kindly than others, whatever the collaboration.
  const itemBias = new Map(items.map((item) => [item.id, gaussian(next) * 0.2]));

  spec.partners.forEach((partner, partnerIndex) => {
    const size = Array.isArray(partner.size)
      ? partner.size[0] + Math.floor(next() * (partner.size[1] - partner.size[0] + 1))
      : partner.size;
    // A partner as a whole leans a little to one side, as real partners do, and sees some things its own way.
    const partnerShift = gaussian(next) * 0.2;
    const partnerItem = new Map(items.map((item) => [item.id, gaussian(next) * 0.25]));
    for (let person = 0; person < size; person++) {
      const role = partner.roles?.[person] ?? drawRole(next);
      const personShift = gaussian(next) * 0.3;
      const answers: Record<string, number | null> = {};
      for (const item of items) {
        const isDontKnow = next() < (spec.unknowable?.[item.id] ?? dontKnow);
        switch (item.kind) {
          case "statement": {
            const id = item.id;
            const lens = `lens:${item.lensId}`;
            const level =
              partner.levels?.[id] ??
              spec.roleLevels?.[role]?.[id] ??
              partner.levels?.[lens] ??
              spec.roleLevels?.[role]?.[lens] ??
              spec.levels?.[id] ??
              spec.levels?.[lens] ??
              spec.base ??
              3.9;
            if (isDontKnow) {
              answers[id] = null;
              break;
            }
            const shift = partnerShift + personShift + (itemBias.get(id) ?? 0) + (partnerItem.get(id) ?? 0);
            const favourable = clamp(Math.round(level + shift + gaussian(next) * noise), 1, 5);
            answers[id] = item.statement.isReversed ? 6 - favourable : favourable;
            break;
          }
          case "paradox-position": {
            const paradoxId = item.paradox.id;
            const target =
              item.measure === "current"
                ? (partner.positions?.[paradoxId] ?? spec.positions?.[paradoxId] ?? gaussian(next) * 0.5)
                : (spec.desired?.[paradoxId] ?? 0);
            answers[item.id] = isDontKnow ? null : clamp(Math.round(target + gaussian(next) * 0.8), -3, 3);
            break;
          }
          case "paradox-openness": {
            const target = spec.openness?.[item.paradox.id] ?? 3.5;
            answers[item.id] = isDontKnow ? null : clamp(Math.round(target + gaussian(next) * 0.8), 1, 5);
            break;
          }
          case "choice": {
            const options = item.question.options.map((option) => option.code);
            const preferred = item.question.id === "context.trust-mode" ? spec.trustMode : spec.tenure;
            // Most people in a collaboration have been in it a while: tenure leans to the longer options.
            const fallback =
              item.question.id === "context.tenure"
                ? drawWeighted(next, [0.12, 0.18, 0.38, 0.32])
                : (options[Math.floor(next() * options.length)] ?? 0);
            answers[item.id] = preferred && next() < preferred.share ? preferred.code : fallback;
            break;
          }
          case "importance":
            answers[item.id] = isDontKnow ? null : clamp(Math.round(3.5 + gaussian(next)), 1, 5);
            break;
        }
      }
      respondents.push({
        id: `r${respondents.length + 1}`,
        partnerId: partners[partnerIndex]?.id ?? null,
        role,
        release: null,
        answers,
      });
    }
  });

  return {
    instrument: { id: instrument.id, version },
    scan: {
      name: "Scenario",
      form: "partnership",
      phase: spec.phase ?? "functioning",
      variant: spec.variant,
      anonymityThreshold: 3,
      reportingMode: "group",
    },
    partners,
    respondents,
    releases: [],
  };
}
