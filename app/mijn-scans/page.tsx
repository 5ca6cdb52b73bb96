import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { managePaths } from "@/components/manage/paths";
import type { Attention } from "@/lib/server/account/attention";
import { listMyScans } from "@/lib/server/account/my-scans";
import { currentUser } from "@/lib/server/auth/session";
import { isMailConfigured } from "@/lib/server/mail/send-mail";
import { claimAction, resendConfirmationAction, signOutAction } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("myScansTitle"), robots: { index: false, follow: false } };
}

/** The collaborations the signed-in person may manage: the place to start for an advisor with many clients. */
export default async function MyScansPage() {
  const user = await currentUser();
  if (!user) redirect("/inloggen");
  const scans = await listMyScans();
  const t = await getTranslations("account");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const attentionText = (item: Attention) => {
    if (item.kind === "below-threshold") return t("belowThreshold", item);
    if (item.kind === "round-overdue") return t("roundOverdue", { date: date(item.date) });
    if (item.kind === "round-due-soon") return t("roundDueSoon", { date: date(item.date) });
    return t("roundClosing", { date: date(item.date) });
  };
  return (
    <>
      <div className={styles.top}>
        <div>
          <h1>{t("myScansTitle")}</h1>
          <p className="muted">{t("signedInAs", { email: user.email })}</p>
        </div>
        <div className={styles.links}>
          <Link href="/scans/nieuw" className="button button-primary">
            {t("newScan")}
          </Link>
          <form action={signOutAction} className={styles.inline}>
            <button type="submit" className="button button-secondary">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      {!user.isEmailConfirmed && isMailConfigured() ? (
        <section className={`card ${styles.block}`} aria-labelledby="unconfirmed-title" data-testid="unconfirmed">
          <h2 id="unconfirmed-title">{t("unconfirmedTitle")}</h2>
          <p>{t("unconfirmedText", { email: user.email })}</p>
          <FieldsForm action={resendConfirmationAction} submitLabel={t("unconfirmedResend")} fields={[]} />
        </section>
      ) : null}
      {scans.length === 0 ? (
        <section className={`card ${styles.block}`} aria-labelledby="empty-title">
          <h2 id="empty-title">{t("emptyTitle")}</h2>
          <p>{t("emptyText")}</p>
        </section>
      ) : (
        <ul className={styles.list} aria-label={t("myScansTitle")}>
          {scans.map((scan) => {
            const paths = managePaths(scan.collaborationId);
            const status = scan.isLatestRoundOpen ? t("statusOpen") : t("statusClosed");
            return (
              <li key={scan.collaborationId} className="card" data-testid="my-scan">
                <div className={styles.scanHead}>
                  <h2>{scan.name}</h2>
                  <span className="muted">{t("roleLabel", { role: t(`roles.${scan.role}`) })}</span>
                </div>
                <p className={`muted ${styles.meta}`}>
                  {t("roundSummary", { round: scan.latestRound, status })} ·{" "}
                  {t("roundsCount", { count: scan.roundCount })}
                </p>
                <div className={styles.columns}>
                  <div>
                    <h3>{t("responseTitle", { round: scan.latestRound })}</h3>
                    <ul className={styles.partners}>
                      {scan.partners.map((partner) => (
                        <li key={partner.name}>
                          <span>{partner.name}</span>
                          <span>
                            {partner.invited === null
                              ? t("partnerResponseUnknown", { submitted: partner.submitted })
                              : t("partnerResponse", { submitted: partner.submitted, invited: partner.invited })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h3>{t("attentionTitle")}</h3>
                    {scan.attention.length === 0 ? (
                      <p className="muted">{t("nothingNeedsAttention")}</p>
                    ) : (
                      <ul className={styles.attention}>
                        {scan.attention.map((item) => (
                          <li key={`${item.kind}-${"partner" in item ? item.partner : ""}`}>{attentionText(item)}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                </div>
                <div className={styles.links}>
                  <Link href={paths.collaboration} className="button button-primary">
                    <span aria-hidden="true">{t("open")}</span>
                    <span className="visually-hidden">{t("openNamed", { name: scan.name })}</span>
                  </Link>
                  <Link href={paths.results(scan.latestRound)} className="button button-secondary">
                    {t("results")}
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <section className="card" aria-labelledby="claim-title">
        <h2 id="claim-title">{t("claimTitle")}</h2>
        <p>{t("claimText")}</p>
        <FieldsForm
          action={claimAction}
          submitLabel={t("claimButton")}
          fields={[{ name: "managementLink", label: t("claimLabel"), type: "url", autoComplete: "off" }]}
        />
      </section>
    </>
  );
}
