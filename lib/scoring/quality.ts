import type { LensId } from "../../content";
import type { Layout } from "./aggregate";
import type { DisclosurePlan } from "./disclosure/types";
import type { ScanInput } from "./input";
import { likertToScore } from "./likert";
import type { MeasurementQuality } from "./types";

/**
 * How far the figures can be trusted, from the released answers only (the
 * disclosure plan's), never per group:
 * - per lens, Cronbach's α of its statements (internal consistency: do the
 *   statements of a lens measure one thing?), once at least ten respondents
 *   count, from pairwise covariances so that a "weet niet" leaves out one
 *   answer and not a whole respondent (as psych::alpha does with
 *   use = "pairwise");
 * - per statement, the share of "weet niet"; a statement is flagged when a
 *   fifth or more of at least three people could not judge it.
 * α is one number over everyone released: it rests on at least ten people
 * and says nothing about any one of them.
 */
export const MIN_RESPONDENTS_FOR_ALPHA = 10;
export const DONT_KNOW_FLAG_SHARE = 0.2;
export const DONT_KNOW_FLAG_COUNT = 3;

type Pair = { n: number; sumA: number; sumB: number; sumAB: number };

/** Covariance from running sums; null with fewer than two pairs. */
function covariance(pair: Pair | undefined): number | null {
  if (!pair || pair.n < 2) return null;
  return (pair.sumAB - (pair.sumA * pair.sumB) / pair.n) / (pair.n - 1);
}

export function cronbachAlpha(answers: readonly (readonly (number | null)[])[]): number | null {
  const itemCount = answers[0]?.length ?? 0;
  if (itemCount < 2) return null;
  const pairs = new Map<number, Pair>();
  for (const row of answers) {
    for (let i = 0; i < itemCount; i++) {
      const a = row[i];
      if (a === null || a === undefined) continue;
      for (let j = i; j < itemCount; j++) {
        const b = row[j];
        if (b === null || b === undefined) continue;
        const key = i * itemCount + j;
        const pair = pairs.get(key) ?? { n: 0, sumA: 0, sumB: 0, sumAB: 0 };
        pair.n += 1;
        pair.sumA += a;
        pair.sumB += b;
        pair.sumAB += a * b;
        pairs.set(key, pair);
      }
    }
  }
  let itemVariance = 0;
  let covarianceSum = 0;
  for (let i = 0; i < itemCount; i++) {
    const variance = covariance(pairs.get(i * itemCount + i));
    if (variance === null) return null;
    itemVariance += variance;
    for (let j = i + 1; j < itemCount; j++) covarianceSum += covariance(pairs.get(i * itemCount + j)) ?? 0;
  }
  const total = itemVariance + 2 * covarianceSum;
  if (total <= 0) return null;
  return (itemCount / (itemCount - 1)) * (1 - itemVariance / total);
}

export function measureQuality(input: ScanInput, layout: Layout, plan: DisclosurePlan): MeasurementQuality {
  const released =
    plan.release === null ? [] : input.respondents.filter((respondent) => plan.released.has(respondent.id));
  const lenses = layout.lensIds.map((id: LensId, lens) => {
    const statements = layout.statements.filter((_, s) => layout.lensOfStatement[s] === lens);
    const required = layout.requiredPerLens[lens] ?? 1;
    const rows = released
      .map((respondent) =>
        statements.map((statement) => {
          const value = respondent.answers[statement.id];
          return typeof value === "number" ? likertToScore(value, statement.isReversed) : null;
        }),
      )
      .filter((row) => row.filter((value) => value !== null).length >= required);
    const isEnough = rows.length >= Math.max(MIN_RESPONDENTS_FOR_ALPHA, plan.threshold);
    const alpha = isEnough ? cronbachAlpha(rows) : null;
    return {
      id,
      alpha: alpha === null ? null : Math.round(alpha * 100) / 100,
      respondents: rows.length,
      statements: statements.length,
    };
  });
  const statements = layout.statements.map((statement) => {
    let answered = 0;
    let dontKnow = 0;
    for (const respondent of released) {
      const value = respondent.answers[statement.id];
      if (value === null) dontKnow += 1;
      else if (typeof value === "number") answered += 1;
    }
    const total = answered + dontKnow;
    const share = total > 0 ? dontKnow / total : null;
    return {
      statementId: statement.id,
      dontKnowShare: share === null ? null : Math.round(share * 100),
      isFlagged: share !== null && share >= DONT_KNOW_FLAG_SHARE && dontKnow >= DONT_KNOW_FLAG_COUNT,
    };
  });
  return { minRespondentsForAlpha: Math.max(MIN_RESPONDENTS_FOR_ALPHA, plan.threshold), lenses, statements };
}

export type AlphaVerdict = "good" | "acceptable" | "questionable" | "poor";

/** The usual reading of α (George & Mallery, "SPSS for Windows step by step", ch. 18): from 0.7 acceptable. */
export function alphaVerdict(alpha: number): AlphaVerdict {
  if (alpha >= 0.8) return "good";
  if (alpha >= 0.7) return "acceptable";
  if (alpha >= 0.6) return "questionable";
  return "poor";
}

export type AlphaMissing = "too-few-respondents" | "one-statement" | "no-spread";

/**
 * Why a lens has no α, for a reader who expects one: too few respondents
 * count, the lens has a single statement (no scale), or the answers vary too
 * little to compute it (everyone gave the same total). Null when it has one.
 */
export function whyNoAlpha(
  lens: MeasurementQuality["lenses"][number],
  quality: Pick<MeasurementQuality, "minRespondentsForAlpha">,
): AlphaMissing | null {
  if (lens.alpha !== null) return null;
  if (lens.respondents < quality.minRespondentsForAlpha) return "too-few-respondents";
  if (lens.statements < 2) return "one-statement";
  return "no-spread";
}
