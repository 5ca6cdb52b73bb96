import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FormServerAction } from "@/lib/server/form-action";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { ActionForm } from "../ui/action-form";
import ui from "../ui/ui.module.css";
import { managePaths } from "./paths";
import styles from "./rounds.module.css";

/**
 * The rounds of the collaboration, to move between them, and its rhythm: when
 * the next round is due (and whether that day has passed), with the way to
 * start it and to see the trend.
 */
export async function RoundsSection({
  view,
  token,
  planNextRound,
}: {
  view: ManagementView;
  token: string;
  planNextRound: FormServerAction;
}) {
  const t = await getTranslations("manage");
  const format = await getFormatter();
  const paths = managePaths(token);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const dueOn = view.nextRoundDueOn;
  // A viewer sees the rounds and the rhythm, not the controls to change them.
  const canChange = view.role !== "viewer";
  return (
    <section className={`card ${styles.rounds}`} aria-labelledby="rounds-title" data-testid="rounds">
      <h2 id="rounds-title">{t("roundsTitle")}</h2>
      <nav aria-label={t("roundsTitle")}>
        <ol className={styles.roundList}>
          {view.rounds.map((round) => (
            <li key={round.number}>
              <Link
                href={round.number === view.rounds.length ? paths.collaboration : paths.round(round.number)}
                aria-current={round.number === view.round ? "page" : undefined}
                className={styles.roundLink}
              >
                <strong>{t("roundLabel", { round: round.number })}</strong>
                <span>
                  {round.endsAt
                    ? t("roundDates", { start: day(round.startedAt), end: day(round.endsAt) })
                    : t("roundSince", { start: day(round.startedAt) })}
                </span>
                <span>
                  {round.isClosed ? t("statusClosed") : t("statusOpen")} ·{" "}
                  {t("roundSubmitted", { count: round.submitted })}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className={styles.roundActions}>
        {canChange ? (
          <Link href={paths.nextRound} className="button button-secondary" prefetch={false}>
            {t("nextRoundStart")}
          </Link>
        ) : null}
        {view.rounds.length > 1 ? (
          <Link href={paths.trend} className="button button-secondary">
            {t("trendLink")}
          </Link>
        ) : null}
      </div>

      <h3 className={styles.rhythmTitle}>{t("rhythmTitle")}</h3>
      <p
        className={view.isNextRoundOverdue ? styles.overdue : "muted"}
        data-testid="next-round-due"
        role={view.isNextRoundOverdue ? "alert" : undefined}
      >
        {dueOn === null
          ? t("rhythmNone")
          : view.isNextRoundOverdue
            ? t("rhythmOverdue", { date: day(dueOn) })
            : t("rhythmPlanned", { date: day(dueOn) })}
      </p>
      {canChange ? <p className="muted">{t("rhythmLead")}</p> : null}
      {canChange ? (
        <ActionForm action={planNextRound}>
          <input type="hidden" name="token" value={token} />
          <div className={styles.inline}>
            <div>
              <label htmlFor="next-round-due" className={ui.label}>
                {t("rhythmLabel")}
              </label>
              <input
                id="next-round-due"
                name="dueOn"
                type="date"
                className={ui.input}
                defaultValue={dueOn ? dueOn.toISOString().slice(0, 10) : ""}
              />
            </div>
            <button type="submit" className="button button-secondary">
              {t("rhythmSave")}
            </button>
          </div>
        </ActionForm>
      ) : null}
    </section>
  );
}
