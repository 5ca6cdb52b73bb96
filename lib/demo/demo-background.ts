import { seededRandom } from "../scoring/testing/seeded-random";

/**
 * What a demo partner's people answer in the background step: how they see
 * trust between the partners and why their organisation takes part. The
 * scenario generator draws these the same for every partner, which left no
 * trust mode prevailing and every motive shared; a real network differs here
 * as much as anywhere.
 *
 * Drawn from a random stream of its own, so the statements, and with them the
 * diagnosis, stay exactly as the scenario generator made them.
 */
export type DemoBackground = {
  /**
   * The trust mode each of its people picks, in the order of the partner's people (option codes of
   * context.trust-mode: 0 vigilant, 1 exploratory, 2 calculative, 3 unhindered). Named person by person, not
   * drawn: with five or six people a draw too easily tells another story than the one the demo means.
   */
  trustModes: readonly number[];
  /** How important each motive is to the partner, on 1–5, by option id of context.motives. */
  motives: Record<
    "context.motive.market" | "context.motive.cost" | "context.motive.knowledge" | "context.motive.external",
    number
  >;
};

const TRUST_MODE = "context.trust-mode";
/** As often as statements get it in the demo: a motive one cannot judge for one's organisation. */
const DONT_KNOW = 0.03;

/** A stream per partner, so that retuning one partner's background leaves the others' answers as they were. */
export function backgroundStream(seed: number, partnerIndex: number): () => number {
  return seededRandom(seed * 104_729 + partnerIndex + 1);
}

/** One person's background answers: their trust mode, and each motive scattered about a step around the partner's level. */
export function backgroundAnswers(
  background: DemoBackground,
  person: number,
  next: () => number,
): Record<string, number | null> {
  const answers: Record<string, number | null> = { [TRUST_MODE]: background.trustModes[person] ?? null };
  for (const [motiveId, level] of Object.entries(background.motives)) {
    const scatter = (next() + next() - 1) * 1.4;
    answers[motiveId] = next() < DONT_KNOW ? null : Math.min(5, Math.max(1, Math.round(level + scatter)));
  }
  return answers;
}
