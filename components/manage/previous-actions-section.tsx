import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FormServerAction } from "@/lib/server/form-action";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { ActionStatusForm } from "../actions/action-status-form";
import { ActionSummary } from "../actions/action-summary";
import actionStyles from "../actions/actions.module.css";

/**
 * A round opens with the previous round's actions: what became of each
 * (done, in progress, dropped), set right here; the results' review adds what
 * changed since in the lenses, once this round has figures.
 */
export async function PreviousActionsSection({
  view,
  token,
  setStatus,
  reviewHref,
}: {
  view: ManagementView;
  token: string;
  setStatus: FormServerAction;
  reviewHref: string;
}) {
  const t = await getTranslations("actions");
  const previous = view.round - 1;
  return (
    <section className="card" aria-labelledby="previous-actions-title" data-testid="previous-actions">
      <h2 id="previous-actions-title">{t("reviewTitle", { round: previous })}</h2>
      {view.previousActions.length === 0 ? (
        <p className="muted">{t("reviewNone", { round: previous })}</p>
      ) : (
        <ul className={actionStyles.list}>
          {view.previousActions.map((action) => (
            <li key={action.id} className={actionStyles.item}>
              <ActionSummary action={action} />
              <ActionStatusForm action={action} token={token} setStatus={setStatus} idPrefix="previous" />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={reviewHref}>{t("reviewLink")}</Link>
      </p>
    </section>
  );
}
