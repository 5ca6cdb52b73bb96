import { type Statement, statements, type Variant } from "../../content";

/** The statements a scan of this variant asks, in questionnaire order. */
export function statementsForVariant(variant: Variant): Statement[] {
  return statements.filter((statement) => statement.variants.includes(variant));
}
