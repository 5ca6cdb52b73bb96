import { type Statement, ZStatement } from "./schema";

const seed001 = "001_7207fcfacbc516e0.txt" as const;

export const statements: readonly Statement[] = ZStatement.array().parse([
  {
    id: "ambition.shared-goal",
    lensId: "ambition",
    subThemeId: "ambition.binding-agent",
    text: {
      nl: "De partners hebben samen onder woorden gebracht wat zij met deze samenwerking willen bereiken.",
      en: "The partners have jointly put into words what they want this collaboration to achieve.",
    },
    isReversed: false,
    variants: ["quick", "full"],
    source: { seed: seed001, section: "ch. 3.1.2" },
  },
  {
    id: "ambition.side-issue",
    lensId: "ambition",
    subThemeId: "ambition.strategic-importance",
    text: {
      nl: "Voor mijn organisatie is deze samenwerking eerder een bijzaak dan een strategische prioriteit.",
      en: "For my organisation this collaboration is a side issue rather than a strategic priority.",
    },
    isReversed: true,
    variants: ["quick", "full"],
    source: { seed: seed001, section: "ch. 3.2" },
  },
]);

export function statementsForLens(lensId: string): Statement[] {
  return statements.filter((statement) => statement.lensId === lensId);
}

export function findStatement(id: string): Statement | undefined {
  return statements.find((statement) => statement.id === id);
}
