import type { Locale } from "../../content";
import { formatMean, formatMeanChange, formatPosition, formatScoreChange } from "../i18n/figures";
import { findingName } from "../scoring/actions/finding";
import type { ActionReview, AgreedAction } from "../scoring/actions/types";
import type { TrendCell } from "../scoring/trend/types";
import { lensName } from "./labels";
import { type ExportTranslator, localeTag } from "./translator";

/**
 * Agreed actions and their review in words, one home for the screens, the
 * report and the data files: who takes an action on, by when, and what
 * changed since in its lens, its statement or paradox, or its problem.
 */
export type ActionWords = { locale: Locale; t: ExportTranslator };

export function ownerText(action: AgreedAction, { t }: ActionWords): string {
  return action.owner?.name ?? t("actions.noOwner");
}

export function dueText(action: AgreedAction, { locale }: ActionWords): string | null {
  return action.dueOn
    ? new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "medium", timeZone: "UTC" }).format(action.dueOn)
    : null;
}

export function findingText(action: AgreedAction, { locale, t }: ActionWords): string {
  return t("actions.about", {
    kind: t(`actions.findingKinds.${action.finding.kind}`),
    finding: findingName(action.finding, locale),
  });
}

/**
 * A figure of the review in its own form (a lens's score, a statement's mean
 * as worded, a paradox's position on −3 … +3), or why a round shows none
 * ("verborgen", "geen respons").
 */
function cellText(cell: TrendCell, figure: number | null, write: (value: number) => string, { t }: ActionWords) {
  if (cell.value === null || figure === null) {
    return t(`trend.status.${cell.status === "shown" ? "insufficient" : cell.status}`);
  }
  return write(figure);
}

function signed(change: number | null, write: (value: number) => string): string {
  return change === null ? "" : ` (${write(change)})`;
}

/** What changed for one reviewed action, line by line. */
export function reviewLines(review: ActionReview, words: ActionWords): string[] {
  const { t, locale } = words;
  const lines: string[] = [];
  if (review.lens) {
    const { before, after, change, id } = review.lens;
    const score = (value: number) => String(Math.round(value));
    lines.push(
      `${t("actions.lensChange", {
        lens: lensName(id, locale),
        before: cellText(before, before.value, score, words),
        after: cellText(after, after.value, score, words),
      })}${signed(change, (value) => formatScoreChange(value, locale))}`,
    );
  }
  if (review.finding) {
    // Beside a statement's text its mean as worded (1–5), never the favourable score; a paradox's position on −3 … +3.
    const isStatement = review.finding.kind === "statement";
    const { before, after, change } = review.finding;
    const figure = (cell: typeof before) => ("mean" in cell ? cell.mean : cell.value);
    const write = (value: number) => (isStatement ? formatMean(value, locale) : formatPosition(value, locale));
    const writeChange = (value: number) =>
      isStatement ? formatMeanChange(value, locale) : formatPosition(value, locale);
    lines.push(
      `${t(isStatement ? "actions.statementChange" : "actions.paradoxChange", {
        finding: findingName(review.action.finding, locale),
        before: cellText(before, figure(before), write, words),
        after: cellText(after, figure(after), write, words),
      })}${signed(change, writeChange)}`,
    );
  }
  if (review.problem) {
    const percent = (strength: number | null) => Math.round((strength ?? 0) * 100);
    const { before, after } = review.problem;
    lines.push(
      before !== null && after !== null
        ? t("actions.problemStill", { before: percent(before), after: percent(after) })
        : before !== null
          ? t("actions.problemGone", { before: percent(before) })
          : after !== null
            ? t("actions.problemNew", { after: percent(after) })
            : t("actions.problemNever"),
    );
  }
  return lines.length > 0 ? lines : [t("actions.unchanged")];
}
