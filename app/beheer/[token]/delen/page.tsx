import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { managePaths } from "@/components/manage/paths";
import { ActionForm } from "@/components/ui/action-form";
import { MEMBER_ROLES } from "@/lib/server/account/roles";
import { listMembers } from "@/lib/server/account/sharing";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";
import { removeMemberAction, shareAction } from "../sharing-actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("shareTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Who may manage the collaboration through an account, and (for an owner) sharing it and taking access away. */
export default async function SharePage({ params }: Props) {
  const { token } = await params;
  const { members, canShare, name, canConfirmAddresses } = await loadForManagerOrNotFound(token, listMembers);
  const t = await getTranslations("account");
  const paths = managePaths(token);
  return (
    <>
      <p>
        <Link href={paths.collaboration}>← {t("backToScan")}</Link>
      </p>
      <h1>{t("shareTitle")}</h1>
      <p className="muted">{t("shareLead", { name })}</p>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">{t("membersTitle")}</h2>
        {members.length === 0 ? (
          <p>{t("membersEmpty")}</p>
        ) : (
          <ul className={styles.members}>
            {members.map((member) => (
              <li key={member.userId} data-testid="member">
                <span>
                  <strong>{member.name}</strong> {member.isYou ? t("you") : null}
                  <br />
                  <span className={`muted ${styles.email}`}>{member.email}</span>
                </span>
                <span>{t(`roles.${member.role}`)}</span>
                {canShare && !member.isYou ? (
                  <ActionForm action={removeMemberAction} confirm={t("removeConfirm")}>
                    <input type="hidden" name="token" value={token} />
                    <input type="hidden" name="userId" value={member.userId} />
                    <button type="submit" className="button button-secondary">
                      <span aria-hidden="true">{t("remove")}</span>
                      <span className="visually-hidden">{t("removeNamed", { email: member.email })}</span>
                    </button>
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canShare && !canConfirmAddresses ? <p className="muted">{t("shareUnconfirmable")}</p> : null}
        {canShare ? (
          <FieldsForm
            action={shareAction}
            hidden={{ token }}
            submitLabel={t("shareButton")}
            fields={[
              { name: "email", label: t("shareEmail"), type: "email", autoComplete: "off" },
              {
                name: "role",
                label: t("shareRole"),
                type: "select",
                // The least access first, so a hurried click shares no more than needed.
                options: [...MEMBER_ROLES].reverse().map((role) => ({ value: role, label: t(`roles.${role}`) })),
              },
            ]}
          />
        ) : (
          <p className="muted">{t("onlyOwnersShare")}</p>
        )}
        <ul className="muted">
          {MEMBER_ROLES.map((role) => (
            <li key={role}>{t(`roleDescriptions.${role}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
