import type { Layout } from "../aggregate";
import { requiredAnswers } from "../lens-score";

/**
 * A round's layout with only the given statements: the lens scores then rest
 * on the statements every round asked, so rounds with another variant or
 * instrument version are compared on the same questions. Paradoxes stay.
 */
export function restrictLayout(layout: Layout, statementIds: ReadonlySet<string>): Layout {
  const statements = layout.statements.filter((statement) => statementIds.has(statement.id));
  const lensOfStatement = statements.map((statement) => layout.lensIds.indexOf(statement.lensId));
  return {
    ...layout,
    statements,
    lensOfStatement,
    requiredPerLens: layout.lensIds.map((_, lens) =>
      requiredAnswers(lensOfStatement.filter((owner) => owner === lens).length),
    ),
    figureCount: statements.length + layout.lensIds.length + 3 * layout.paradoxes.length,
  };
}
