import { type Statement, ZStatement } from "../schema";
import { ambitionStatements } from "./ambition";
import { interestsStatements } from "./interests";
import { organisationStatements } from "./organisation";
import { peopleStatements } from "./people";
import { processStatements } from "./process";

/** All statements, lens by lens, in questionnaire order. */
export const statements: readonly Statement[] = ZStatement.array().parse([
  ...ambitionStatements,
  ...interestsStatements,
  ...peopleStatements,
  ...organisationStatements,
  ...processStatements,
]);

export function findStatement(id: string): Statement | undefined {
  return statements.find((statement) => statement.id === id);
}
