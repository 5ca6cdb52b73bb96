/**
 * Stores a batch of answers and comments in one transaction: either every
 * entry is valid and stored, or nothing is. The client sends what changed
 * since its last acknowledged save, so a retry after a network failure is
 * harmless (an upsert per item).
 */
import "server-only";
import { z } from "zod";
import { ZContentId, ZLensId, ZRole } from "../../../content";
import { findItem, isValidValue } from "../../instrument/items";
import { db } from "../db";
import { ClosedError, DomainError, ValidationError } from "../errors";
import { toScanVariant } from "../records/scan";
import { isScanClosed } from "../scan/access";
import { typedText } from "../scan/scan-fields";
import { ZToken } from "../tokens";
import { findRespondentForSave } from "./access";

export const MAX_COMMENT_LENGTH = 2000;

export const ZSaveResponsesInput = z
  .object({
    token: ZToken,
    answers: z
      .array(z.object({ itemId: ZContentId.max(100), value: z.number().finite().nullable() }).strict())
      .max(200)
      .default([]),
    comments: z
      .array(z.object({ lensId: ZLensId, text: typedText({ max: MAX_COMMENT_LENGTH, isMultiline: true }) }).strict())
      .max(5)
      .default([]),
    role: ZRole.optional(),
  })
  .strict();

export type SaveResponsesInput = z.infer<typeof ZSaveResponsesInput>;
export type SavedResponses = { saved: number; savedAt: string };

export async function saveResponses(input: SaveResponsesInput): Promise<SavedResponses> {
  const respondent = await findRespondentForSave(input.token);
  if (isScanClosed(respondent.scan)) throw new ClosedError();
  if (respondent.submittedAt) throw new DomainError("alreadySubmitted");
  const variant = toScanVariant(respondent.scan);
  const latest = new Map<string, number | null>();
  for (const answer of input.answers) {
    // Checked against the items of the version the scan started with: a version-1 scan keeps its questions.
    const item = findItem(variant, answer.itemId, respondent.scan.instrumentVersion);
    if (!item) throw new ValidationError("unknownItem");
    if (!isValidValue(item, answer.value)) throw new ValidationError("outOfScale");
    latest.set(item.id, answer.value);
  }
  const now = new Date();
  const writes = [
    ...[...latest].map(([itemId, value]) =>
      db.answer.upsert({
        where: { respondentId_itemId: { respondentId: respondent.id, itemId } },
        create: { respondentId: respondent.id, itemId, value },
        update: { value },
      }),
    ),
    ...input.comments.map((comment) => {
      const text = comment.text.trim();
      const where = { respondentId_lensId: { respondentId: respondent.id, lensId: comment.lensId } };
      return text === ""
        ? db.comment.deleteMany({ where: { respondentId: respondent.id, lensId: comment.lensId } })
        : db.comment.upsert({
            where,
            create: { respondentId: respondent.id, lensId: comment.lensId, text },
            update: { text },
          });
    }),
    // Most saves are one answer from someone who already started: only then is the respondent row left alone.
    ...(respondent.startedAt === null || (input.role && input.role !== respondent.role)
      ? [
          db.respondent.update({
            where: { id: respondent.id },
            data: { startedAt: respondent.startedAt ?? now, ...(input.role ? { role: input.role } : {}) },
          }),
        ]
      : []),
  ];
  // A single statement is atomic by itself; a batch is one transaction, so it is stored whole or not at all.
  const [onlyWrite] = writes;
  if (writes.length === 1 && onlyWrite) await onlyWrite;
  else if (writes.length > 1) await db.$transaction(writes);
  return { saved: latest.size + input.comments.length, savedAt: now.toISOString() };
}
