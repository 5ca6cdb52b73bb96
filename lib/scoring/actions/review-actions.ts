import { lastChange } from "../trend/build-trend";
import type { Trend, TrendCell } from "../trend/types";
import type { Diagnosis } from "../types";
import type { ActionReview, AgreedAction, FigureChange } from "./types";

/**
 * The review that opens a round: each action agreed in the previous round,
 * with what changed since in its lens and its finding. The figures come from
 * the trend over the two rounds, so they rest on the statements both rounds
 * asked and pass through each round's disclosure plan; the problem's
 * strength comes from each round's diagnosis.
 */
export function reviewActions(
  actions: readonly AgreedAction[],
  change: Trend,
  previous: Pick<Diagnosis, "problems">,
  current: Pick<Diagnosis, "problems">,
): ActionReview[] {
  const figure = (cells: readonly TrendCell[] | undefined): FigureChange | null => {
    const [before, after] = cells ?? [];
    return before && after ? { before, after, change: lastChange([before, after]) } : null;
  };
  return actions.map((action) => {
    const lensCells = action.lensId ? change.lenses.find((lens) => lens.id === action.lensId)?.cells : undefined;
    const lens = action.lensId ? figure(lensCells) : null;
    const { kind, id } = action.finding;
    const strength = (diagnosis: Pick<Diagnosis, "problems">) =>
      diagnosis.problems.find((problem) => problem.id === id)?.strength ?? null;
    return {
      action,
      lens: lens && action.lensId ? { ...lens, id: action.lensId } : null,
      finding:
        kind === "statement"
          ? figure(change.statements.find((statement) => statement.id === id)?.cells)
          : kind === "paradox"
            ? figure(change.paradoxes.find((paradox) => paradox.id === id)?.cells)
            : null,
      problem: kind === "problem" ? { before: strength(previous), after: strength(current) } : null,
    };
  });
}
