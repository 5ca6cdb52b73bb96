import type { Locale } from "../../content";
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

/** A figure of the review: the number, or why a round shows none ("verborgen", "geen respons"). */
function cellText(cell: TrendCell, decimals: number, { locale, t }: ActionWords): string {
  if (cell.value === null) return t(`trend.status.${cell.status === "shown" ? "insufficient" : cell.status}`);
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: decimals }).format(cell.value);
}

function signed(change: number | null, { locale }: ActionWords): string {
  if (change === null) return "";
  const text = new Intl.NumberFormat(localeTag(locale), { signDisplay: "exceptZero", maximumFractionDigits: 2 });
  return ` (${text.format(change)})`;
}

/** What changed for one reviewed action, line by line. */
export function reviewLines(review: ActionReview, words: ActionWords): string[] {
  const { t, locale } = words;
  const lines: string[] = [];
  if (review.lens) {
    const { before, after, change, id } = review.lens;
    lines.push(
      `${t("actions.lensChange", {
        lens: lensName(id, locale),
        before: cellText(before, 0, words),
        after: cellText(after, 0, words),
      })}${signed(change, words)}`,
    );
  }
  const { finding } = review.action;
  if (review.finding && (finding.kind === "statement" || finding.kind === "paradox")) {
    const decimals = finding.kind === "paradox" ? 2 : 0;
    lines.push(
      `${t("actions.findingChange", {
        finding: findingName(finding, locale),
        before: cellText(review.finding.before, decimals, words),
        after: cellText(review.finding.after, decimals, words),
      })}${signed(review.finding.change, words)}`,
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
