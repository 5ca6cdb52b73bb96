import { lastChange } from "../trend/build-trend";
import type { Trend, TrendCell } from "../trend/types";
import type { Diagnosis } from "../types";
import type { ActionReview, AgreedAction, FigureChange, FindingChange } from "./types";

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
  const figure = <Cell extends TrendCell>(
    cells: readonly Cell[] | undefined,
    value: (cell: Cell) => number | null = (cell) => cell.value,
  ): FigureChange<Cell> | null => {
    const [before, after] = cells ?? [];
    return before && after ? { before, after, change: lastChange([before, after], value) } : null;
  };
  const statementChange = (id: string): FindingChange | null => {
    const cells = change.statements.find((statement) => statement.id === id)?.cells;
    const figures = figure(cells, (cell) => cell.mean);
    return figures ? { kind: "statement", ...figures } : null;
  };
  const paradoxChange = (id: string): FindingChange | null => {
    const figures = figure(change.paradoxes.find((paradox) => paradox.id === id)?.cells);
    return figures ? { kind: "paradox", ...figures } : null;
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
      finding: kind === "statement" ? statementChange(id) : kind === "paradox" ? paradoxChange(id) : null,
      problem: kind === "problem" ? { before: strength(previous), after: strength(current) } : null,
    };
  });
}
