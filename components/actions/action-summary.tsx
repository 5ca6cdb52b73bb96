import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findingName } from "@/lib/scoring/actions/finding";
import type { AgreedAction } from "@/lib/scoring/actions/types";
import styles from "./actions.module.css";

/** Past its due date and not finished. */
export function isOverdue(action: AgreedAction, now = new Date()): boolean {
  return (
    action.dueOn !== null &&
    (action.status === "open" || action.status === "in-progress") &&
    action.dueOn.getTime() + 86_400_000 <= now.getTime()
  );
}

/** One action in words: what, its status, who, by when, and what it is about. */
export async function ActionSummary({ action }: { action: AgreedAction }) {
  const t = await getTranslations("actions");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <>
      <p className={styles.description}>{action.description}</p>
      <p className={styles.meta}>
        <span className={styles.badge} data-status={action.status}>
          {t(`statuses.${action.status}`)}
        </span>
        <span>{t("ownedBy", { owner: action.owner?.name ?? t("noOwner") })}</span>
        {action.dueOn ? (
          <span className={isOverdue(action) ? styles.overdue : undefined}>
            {t("due", { date: format.dateTime(action.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}
            {isOverdue(action) ? ` · ${t("overdue")}` : ""}
          </span>
        ) : null}
      </p>
      <p className={styles.meta}>
        {t("about", { kind: t(`findingKinds.${action.finding.kind}`), finding: findingName(action.finding, locale) })}
      </p>
    </>
  );
}
