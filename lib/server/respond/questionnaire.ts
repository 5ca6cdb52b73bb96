import "server-only";
import type { Form, LensId, Locale, Role, Variant } from "../../../content";
import { estimateMinutes } from "../../instrument/duration";
import { db } from "../db";
import { isScanClosed } from "../scan/access";
import { findRespondent } from "./access";

export type QuestionnaireState = {
  respondentId: string;
  scanId: string;
  scanName: string;
  description: string;
  partnerName: string | null;
  /** About how long the questionnaire takes. */
  minutes: number;
  anonymityThreshold: number;
  isOpenReporting: boolean;
  /** Came through a personal link the manager made (not through a partner's invitation page), not the manager's own. */
  isInvitedPersonally: boolean;
  /** Has saved an answer or a role before. */
  hasStarted: boolean;
  role: Role | null;
  variant: Variant;
  /** The instrument version the scan started with: its questions stay those of that version. */
  instrumentVersion: number;
  form: Form;
  locale: Locale;
  isClosed: boolean;
  isSubmitted: boolean;
  showResults: boolean;
  answers: Record<string, number | null>;
  comments: Partial<Record<LensId, string>>;
};

/** What a respondent has answered so far, with the scan's context, in two queries. */
export async function getQuestionnaireState(token: string): Promise<QuestionnaireState> {
  const respondent = await findRespondent(token);
  const [answers, comments] = await Promise.all([
    db.answer.findMany({ where: { respondentId: respondent.id }, select: { itemId: true, value: true } }),
    db.comment.findMany({ where: { respondentId: respondent.id }, select: { lensId: true, text: true } }),
  ]);
  return {
    respondentId: respondent.id,
    scanId: respondent.scanId,
    scanName: respondent.scan.collaboration.name,
    description: respondent.scan.collaboration.description,
    partnerName: respondent.partner?.name ?? null,
    minutes: estimateMinutes(respondent.scan.variant, respondent.scan.instrumentVersion),
    anonymityThreshold: respondent.scan.anonymityThreshold,
    isOpenReporting: respondent.scan.reportingMode === "open",
    isInvitedPersonally: respondent.isPersonalLink && !respondent.isManager,
    hasStarted: respondent.startedAt !== null,
    role: respondent.role,
    variant: respondent.scan.variant,
    instrumentVersion: respondent.scan.instrumentVersion,
    form: respondent.scan.form,
    locale: respondent.scan.locale,
    isClosed: isScanClosed(respondent.scan),
    isSubmitted: respondent.submittedAt !== null,
    showResults: respondent.scan.showResultsToRespondents,
    answers: Object.fromEntries(answers.map((answer) => [answer.itemId, answer.value])),
    comments: Object.fromEntries(comments.map((comment) => [comment.lensId, comment.text])),
  };
}
