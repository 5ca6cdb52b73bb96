import "server-only";
import { z } from "zod";
import { ZContentId, ZVariant } from "../../content";
import { findItem, isValidValue, itemsForVariant } from "../instrument/items";
import { type LensScore, scoreLens } from "../scoring";
import { db } from "./db";
import { ClosedError, ValidationError } from "./errors";
import { findRespondentByToken } from "./find-respondent";
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
/** The lens score is returned for statements only: other items do not change a lens. */
export type SavedAnswer = { itemId: string; value: number | null; lensScore: LensScore | null };

/**
 * Stores one answer (null for "don't know") and returns the respondent's
 * updated score for the statement's lens. Checks, in order: the link, the
 * scan being open, the item belonging to the scan, the value on the scale.
 */
export async function saveAnswer(input: SaveAnswerInput): Promise<SavedAnswer> {
  const respondent = await findRespondentByToken(input.token);
  if (respondent.scan.closedAt !== null || respondent.submittedAt !== null) throw new ClosedError();
  const variant = ZVariant.parse(respondent.scan.variant);
  const item = findItem(variant, input.itemId);
  if (!item) throw new ValidationError("unknownItem");
  if (!isValidValue(item, input.value)) throw new ValidationError("outOfScale");

  const [, , rows] = await db.$transaction([
    db.answer.upsert({
      where: { respondentId_itemId: { respondentId: respondent.id, itemId: item.id } },
      create: { respondentId: respondent.id, itemId: item.id, value: input.value },
      update: { value: input.value },
    }),
    db.respondent.updateMany({ where: { id: respondent.id, startedAt: null }, data: { startedAt: new Date() } }),
    db.answer.findMany({ where: { respondentId: respondent.id } }),
  ]);
  if (item.kind !== "statement") return { itemId: item.id, value: input.value, lensScore: null };
  const lensStatements = itemsForVariant(variant).flatMap((candidate) =>
    candidate.kind === "statement" && candidate.lensId === item.lensId ? [candidate.statement] : [],
  );
  const answers = new Map(rows.map((row) => [row.itemId, row.value]));
  return { itemId: item.id, value: input.value, lensScore: scoreLens(lensStatements, answers) };
}
