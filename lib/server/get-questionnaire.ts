import "server-only";
import { type Lens, lenses, type Statement, ZVariant } from "../../content";
import { itemsForVariant } from "../instrument/items";
import { type LensScore, scoreLens } from "../scoring";
import { db } from "./db";
import { findRespondentByToken } from "./find-respondent";

export type QuestionnaireLens = { lens: Lens; statements: Statement[]; score: LensScore };

export type Questionnaire = {
  scanName: string;
  isClosed: boolean;
  answers: Record<string, number | null>;
  lenses: QuestionnaireLens[];
};

export async function getQuestionnaire(token: string): Promise<Questionnaire> {
  const respondent = await findRespondentByToken(token);
  const rows = await db.answer.findMany({ where: { respondentId: respondent.id } });
  const answers = new Map(rows.map((row) => [row.itemId, row.value]));
  const items = itemsForVariant(ZVariant.parse(respondent.scan.variant));
  const questionnaireLenses = lenses
    .map((lens) => {
      const lensStatements = items.flatMap((item) =>
        item.kind === "statement" && item.lensId === lens.id ? [item.statement] : [],
      );
      return { lens, statements: lensStatements, score: scoreLens(lensStatements, answers) };
    })
    .filter((entry) => entry.statements.length > 0);
  return {
    scanName: respondent.scan.name,
    isClosed: respondent.scan.closedAt !== null,
    answers: Object.fromEntries(answers),
    lenses: questionnaireLenses,
  };
}
