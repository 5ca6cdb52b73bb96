import { type LensId, ZLensId } from "../../../content";

/** A comment row as the domain knows it: the text a respondent wrote about one lens. */
export type CommentRecord = { lensId: LensId; text: string };

export function toCommentRecord(row: { lensId: string; text: string }): CommentRecord {
  return { lensId: ZLensId.parse(row.lensId), text: row.text };
}
