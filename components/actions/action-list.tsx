import { getTranslations } from "next-intl/server";
import type { AgreedAction } from "@/lib/scoring/actions/types";
import type { FormServerAction } from "@/lib/server/form-action";
import { ActionForm } from "../ui/action-form";
import { ActionEditor } from "./action-editor";
import { ActionSummary } from "./action-summary";
import styles from "./actions.module.css";

/** The actions agreed on a round, each with a way to change or remove it. */
export async function ActionList({
  actions,
  token,
  partners,
  update,
  remove,
}: {
  actions: AgreedAction[];
  token: string;
  partners: { id: string; name: string }[];
  update: FormServerAction;
  remove: FormServerAction;
}) {
  const t = await getTranslations("actions");
  if (actions.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ul className={styles.list} data-testid="actions">
      {actions.map((action) => (
        <li key={action.id} className={styles.item}>
          <ActionSummary action={action} />
          <details className={styles.edit}>
            <summary>{t("edit")}</summary>
            <ActionEditor
              action={update}
              token={token}
              idPrefix={`action-${action.id}`}
              hidden={{ actionId: action.id }}
              partners={partners}
              hasStatus
              initial={{
                description: action.description,
                owner: action.owner?.kind === "partner" ? action.owner.partnerId : action.owner ? "person" : "",
                ownerName: action.owner?.kind === "person" ? action.owner.name : "",
                dueOn: action.dueOn ? action.dueOn.toISOString().slice(0, 10) : "",
                status: action.status,
              }}
              submitLabel={t("save")}
            />
            <ActionForm action={remove} confirm={t("deleteConfirm")}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="actionId" value={action.id} />
              <button type="submit" className="button button-secondary">
                {t("delete")}
              </button>
            </ActionForm>
          </details>
        </li>
      ))}
    </ul>
  );
}
