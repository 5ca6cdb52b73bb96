import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./invitation.module.css";

export type WelcomeFacts = {
  scanName: string;
  partnerName: string | null;
  description: string;
  minutes: number;
  anonymityThreshold: number;
  isOpenReporting: boolean;
};

/**
 * What someone is asked to do, how long it takes and how their answers are
 * protected: the same words on a partner's invitation page and before the
 * first question of a personal link.
 */
export async function Welcome({ facts }: { facts: WelcomeFacts }) {
  const t = await getTranslations("invite");
  return (
    <>
      <p>
        {facts.partnerName
          ? t("lead", { partner: facts.partnerName, scan: facts.scanName })
          : t("leadNoPartner", { scan: facts.scanName })}
      </p>
      {facts.description ? <p className="muted">{facts.description}</p> : null}
      <p>{t("duration", { minutes: facts.minutes })}</p>
      {facts.isOpenReporting ? (
        <div className={styles.openNotice} role="note" data-testid="open-reporting">
          <p>
            <strong>{t("openTitle")}</strong>
          </p>
          <p>{t("openText", { partner: facts.partnerName ?? facts.scanName, threshold: facts.anonymityThreshold })}</p>
        </div>
      ) : (
        <p>{t("privacy", { threshold: Math.max(3, facts.anonymityThreshold) })}</p>
      )}
      <p>
        <Link href="/privacy">{t("privacyLink")}</Link>
      </p>
    </>
  );
}
