import { getLocale, getTranslations } from "next-intl/server";
import { ActionEditor } from "@/components/actions/action-editor";
import { ActionList } from "@/components/actions/action-list";
import { ActionReviewList } from "@/components/actions/action-review";
import styles from "@/components/actions/actions.module.css";
import { findingGroups, findingValue, parseFinding } from "@/components/actions/finding-groups";
import {
  createActionAction,
  deleteActionAction,
  setActionStatusAction,
  updateActionAction,
} from "../../../../agreed-actions";
import { loadResults, type RoundParams } from "../load";

type Props = { params: RoundParams; searchParams: Promise<{ bevinding?: string }> };

/**
 * A round's agreements: first the review of the previous round's actions
 * (from round 2 on), then the actions agreed on this round's findings, and a
 * form for a new one, its finding chosen here or on the agenda or problems
 * page (?bevinding=kind:id).
 */
export default async function ActionsPage({ params, searchParams }: Props) {
  const { token, ronde } = await params;
  const { bevinding } = await searchParams;
  const { diagnosis, scan, actions, review } = await loadResults(token, ronde);
  const t = await getTranslations("actions");
  const locale = await getLocale();
  const chosen = parseFinding(bevinding);
  const partners = diagnosis.partners.map((partner) => ({ id: partner.id, name: partner.name }));
  return (
    <div className={styles.stack}>
      {review ? (
        <section className="card" aria-labelledby="review-title">
          <h2 id="review-title">{t("reviewTitle", { round: scan.round - 1 })}</h2>
          <p className="muted">{t("reviewLead", { round: scan.round - 1 })}</p>
          {review.length === 0 ? (
            <p>{t("reviewNone", { round: scan.round - 1 })}</p>
          ) : (
            <ActionReviewList reviews={review} token={token} setStatus={setActionStatusAction} />
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">{t("title")}</h2>
        <p className="muted">{t("lead")}</p>
        <ActionList
          actions={actions}
          token={token}
          partners={partners}
          update={updateActionAction}
          remove={deleteActionAction}
        />
      </section>
      <section className="card" aria-labelledby="new-action-title" id="nieuwe-actie">
        <h2 id="new-action-title">{t("newTitle")}</h2>
        <ActionEditor
          action={createActionAction}
          token={token}
          idPrefix="new-action"
          hidden={{ round: String(scan.round) }}
          partners={partners}
          findings={findingGroups(diagnosis, locale, (kind) => t(`findingKinds.${kind}`), chosen)}
          initial={{ finding: chosen ? findingValue(chosen) : undefined, owner: "" }}
          submitLabel={t("add")}
        />
      </section>
    </div>
  );
}
