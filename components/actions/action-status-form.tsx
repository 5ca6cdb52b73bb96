import { getTranslations } from "next-intl/server";
import type { AgreedAction } from "@/lib/scoring/actions/types";
import type { FormServerAction } from "@/lib/server/form-action";
import { ActionForm } from "../ui/action-form";
import ui from "../ui/ui.module.css";
import styles from "./actions.module.css";
import { StatusOptions } from "./status-options";

/** The review's question for one action, answered in place: open, in progress, done or dropped. */
export async function ActionStatusForm({
  action,
  token,
  setStatus,
  idPrefix,
}: {
  action: AgreedAction;
  token: string;
  setStatus: FormServerAction;
  idPrefix: string;
}) {
  const t = await getTranslations("actions");
  const id = `${idPrefix}-${action.id}`;
  return (
    <ActionForm action={setStatus} className={styles.inlineForm}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="actionId" value={action.id} />
      <div>
        <label htmlFor={id} className={ui.label}>
          {t("status")}
        </label>
        <select id={id} name="status" className={ui.select} defaultValue={action.status}>
          <StatusOptions label={(status) => t(`statuses.${status}`)} />
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t("save")}
      </button>
    </ActionForm>
  );
}
