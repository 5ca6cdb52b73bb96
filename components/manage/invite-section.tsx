import { getTranslations } from "next-intl/server";
import { linkTo } from "@/lib/server/base-url";
import type { FormServerAction } from "@/lib/server/form-action";
import { qrCode } from "@/lib/server/qr";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { ActionForm } from "../ui/action-form";
import { CopyField } from "../ui/copy-field";
import styles from "./manage.module.css";

/** One invitation link per partner, with a QR code for a meeting room and a way to replace a leaked link. */
export async function InviteSection({
  view,
  token,
  base,
  renewInvite,
}: {
  view: ManagementView;
  token: string;
  base: string;
  renewInvite: FormServerAction;
}) {
  const t = await getTranslations("manage");
  if (!view.canShowLinks) {
    return (
      <section id="uitnodigen" className="card" aria-labelledby="invites-title">
        <h2 id="invites-title">{t("invitesTitle")}</h2>
        <p className={styles.notice}>{t("otherLinkNotice")}</p>
      </section>
    );
  }
  const invites = view.partners.map((partner) => {
    const url = linkTo(base, `/i/${partner.inviteToken}`, view.locale);
    return { partner, url, qr: qrCode(url) };
  });
  return (
    <section id="uitnodigen" className="card" aria-labelledby="invites-title">
      <h2 id="invites-title">{t("invitesTitle")}</h2>
      <p className="muted">{t("invitesLead")}</p>
      {invites.map(({ partner, url, qr }) => (
        <div key={partner.id} className={styles.partnerInvite}>
          <CopyField
            label={t("inviteLabel", { partner: partner.name })}
            value={url}
            testId={`invite-${partner.name}`}
          />
          <div className={styles.inviteActions}>
            <details className={styles.qr}>
              <summary>{t("showQr")}</summary>
              <div className={styles.qrCode}>
                <svg
                  viewBox={`0 0 ${qr.size} ${qr.size}`}
                  role="img"
                  aria-label={t("qrAlt", { partner: partner.name })}
                >
                  <rect width={qr.size} height={qr.size} fill="#fff" />
                  <path d={qr.path} fill="#1b2430" />
                </svg>
              </div>
              <p className={styles.qrDownloads}>
                {(["png", "svg"] as const).map((format) => (
                  <a key={format} href={`/beheer/${token}/qr/${partner.id}/${format}`} download>
                    {t(`qrDownload.${format}`)}
                    <span className="visually-hidden"> {t("qrFor", { partner: partner.name })}</span>
                  </a>
                ))}
              </p>
            </details>
            <ActionForm action={renewInvite} confirm={t("renewConfirm", { partner: partner.name })}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="partnerId" value={partner.id} />
              <button type="submit" className="button button-secondary">
                {t("renew")}
              </button>
            </ActionForm>
          </div>
        </div>
      ))}
    </section>
  );
}
