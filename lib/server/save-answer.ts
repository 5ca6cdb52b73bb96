import "server-only";
import { z } from "zod";
import { ZContentId, ZVariant } from "../../content";
import { isLikertValue, type LensScore, scoreLens } from "../scoring";
import { db } from "./db";
import { ClosedError, ValidationError } from "./errors";
import { findRespondentByToken } from "./find-respondent";
import { statementsForVariant } from "./instrument-items";
import { ZToken } from "./tokens";

export const ZSaveAnswerInput = z
  .object({
    token: ZToken,
    itemId: ZContentId.max(100),
    // Whether the value fits the item's scale is checked below, against the item.
    value: z.number().finite().nullable(),
  })
  .strict();

export type SaveAnswerInput = z.infer<typeof ZSaveAnswerInput>;
export type SavedAnswer = { itemId: string; value: number | null; lensScore: LensScore };

/**
 * Stores one answer (null for "don't know") and returns the respondent's
 * updated score for the statement's lens. Checks, in order: the link, the
 * scan being open, the item belonging to the scan, the value on the scale.
 */
export async function saveAnswer(input: SaveAnswerInput): Promise<SavedAnswer> {
  const respondent = await findRespondentByToken(input.token);
  if (respondent.scan.closedAt !== null || respondent.submittedAt !== null) throw new ClosedError();
  const items = statementsForVariant(ZVariant.parse(respondent.scan.variant));
  const statement = items.find((item) => item.id === input.itemId);
  if (!statement) throw new ValidationError("unknownItem");
  if (input.value !== null && !isLikertValue(input.value)) throw new ValidationError("outOfScale");

  const [, , rows] = await db.$transaction([
    db.answer.upsert({
      where: { respondentId_itemId: { respondentId: respondent.id, itemId: statement.id } },
      create: { respondentId: respondent.id, itemId: statement.id, value: input.value },
      update: { value: input.value },
    }),
    db.respondent.updateMany({ where: { id: respondent.id, startedAt: null }, data: { startedAt: new Date() } }),
    db.answer.findMany({ where: { respondentId: respondent.id } }),
  ]);
  const lensStatements = items.filter((item) => item.lensId === statement.lensId);
  const answers = new Map(rows.map((row) => [row.itemId, row.value]));
  return { itemId: statement.id, value: input.value, lensScore: scoreLens(lensStatements, answers) };
}
