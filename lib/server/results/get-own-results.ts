import "server-only";
import type { LensId } from "../../../content";
import { itemsForVariant } from "../../instrument/items";
import { diagnose, scoreLens } from "../../scoring";
import { db } from "../db";
import { findRespondent } from "../respond/access";
import { loadReleasedInput } from "./load-released-input";

export type OwnResults = {
  partnerName: string | null;
  lenses: { id: LensId; own: number | null; overall: number | null; partner: number | null }[];
};

/**
 * A submitted respondent's own lens scores beside the overall picture and
 * their own partner's, when the manager allows it. The overall and partner
 * figures come from the diagnosis, so the anonymity rules apply unchanged.
 */
export async function getOwnResults(token: string): Promise<OwnResults | null> {
  const respondent = await findRespondent(token);
  if (!respondent.submittedAt || !respondent.scan.showResultsToRespondents) return null;
  const [diagnosis, answers] = await Promise.all([
    loadReleasedInput(respondent.scan).then(diagnose),
    db.answer.findMany({ where: { respondentId: respondent.id }, select: { itemId: true, value: true } }),
  ]);
  const own = new Map(answers.map((answer) => [answer.itemId, answer.value]));
  const items = itemsForVariant(respondent.scan.variant, respondent.scan.instrumentVersion);
  const partner = diagnosis.partners.find((candidate) => candidate.id === respondent.partnerId);
  return {
    partnerName: respondent.partner?.name ?? null,
    lenses: diagnosis.lenses.map((lens) => {
      const statements = items.flatMap((item) =>
        item.kind === "statement" && item.lensId === lens.id ? [item.statement] : [],
      );
      const score = scoreLens(statements, own);
      return {
        id: lens.id,
        own: score.status === "scored" ? score.score : null,
        overall: lens.score,
        partner: partner && !partner.suppressed ? partner.lenses[lens.id] : null,
      };
    }),
  };
}
