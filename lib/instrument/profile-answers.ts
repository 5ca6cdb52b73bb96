import { instrument, type Variant } from "../../content";
import { itemsForVariant } from "./items";

/**
 * Answers described as how well things go rather than as raw scale values:
 * oriented levels (5 is best) with reversed statements turned around
 * automatically. Used for the demo scan, tests and benchmarks.
 */
export type Profile = {
  /** Oriented level 1–5 for every statement not named in `levels`. */
  level?: number;
  levels?: Record<string, number | null>;
  /** Paradox current position −3…3 for every paradox not named in `positions`. */
  position?: number;
  positions?: Record<string, number>;
  desired?: number;
  /** Openness 1–5 for every paradox not named in `opennessOf`. */
  openness?: number;
  opennessOf?: Record<string, number>;
  /** Raw values that win over everything else. */
  raw?: Record<string, number | null>;
  /** Leave these items unanswered. */
  skip?: string[];
};

export function answersFor(
  variant: Variant,
  profile: Profile,
  seed = 0,
  version: number = instrument.version,
): Record<string, number | null> {
  const answers: Record<string, number | null> = {};
  for (const item of itemsForVariant(variant, version)) {
    if (profile.skip?.includes(item.id)) continue;
    switch (item.kind) {
      case "statement": {
        const level = profile.levels?.[item.id] !== undefined ? profile.levels[item.id] : (profile.level ?? 4);
        answers[item.id] = level === null || level === undefined ? null : item.statement.isReversed ? 6 - level : level;
        break;
      }
      case "paradox-position":
        answers[item.id] =
          item.measure === "current"
            ? (profile.positions?.[item.paradox.id] ?? profile.position ?? 0)
            : (profile.desired ?? 0);
        break;
      case "paradox-openness":
        answers[item.id] = profile.opennessOf?.[item.paradox.id] ?? profile.openness ?? 4;
        break;
      case "choice":
        answers[item.id] = item.question.options[seed % item.question.options.length]?.code ?? 0;
        break;
      case "importance":
        answers[item.id] = 3 + (seed % 3);
        break;
    }
  }
  return { ...answers, ...profile.raw };
}
