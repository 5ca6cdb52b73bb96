import type { Diagnosis, RoundComparison } from "./types";

/** The change per lens (points) and per paradox (position) from one round of a scan to the next. */
export function compareRounds(previous: Diagnosis, current: Diagnosis): RoundComparison {
  const change = (before: number | null, after: number | null, decimals: number) =>
    before === null || after === null ? null : Math.round((after - before) * 10 ** decimals) / 10 ** decimals;
  return {
    lenses: current.lenses.map((lens) => {
      const before = previous.lenses.find((candidate) => candidate.id === lens.id)?.score ?? null;
      return { id: lens.id, previous: before, current: lens.score, change: change(before, lens.score, 0) };
    }),
    paradoxes: current.paradoxes.map((paradox) => {
      const before = previous.paradoxes.find((candidate) => candidate.id === paradox.id)?.current ?? null;
      return { id: paradox.id, previous: before, current: paradox.current, change: change(before, paradox.current, 2) };
    }),
  };
}
