import { getTranslations } from "next-intl/server";
import type { AgreedAction } from "@/lib/scoring/actions/types";
import type { FormServerAction } from "@/lib/server/form-action";
import type { LiveSlide } from "../results/workshop-slides";
import { ActionEditor, type FindingGroup } from "./action-editor";
import styles from "./live-slides.module.css";

/** The newest decisions fit beside the form; the rest are counted. */
const SHOWN = 5;

/**
 * The workshop's last slide: the group records what it decides, live, and
 * sees the decisions of this round so far beside the form.
 */
export async function decisionSlide(options: {
  actions: AgreedAction[];
  token: string;
  round: number;
  partners: { id: string; name: string }[];
  findings: FindingGroup[];
  create: FormServerAction;
}): Promise<LiveSlide> {
  const t = await getTranslations("actions");
  const newest = options.actions.slice(-SHOWN).reverse();
  const more = options.actions.length - newest.length;
  return {
    key: "decisions",
    title: t("workshopDecisions"),
    body: (
      <div className={styles.decisions}>
        <div>
          <p className={styles.lead}>{t("workshopDecisionsLead")}</p>
          <ActionEditor
            action={options.create}
            token={options.token}
            idPrefix="decision"
            hidden={{ round: String(options.round) }}
            partners={options.partners}
            findings={options.findings}
            isCompact
            submitLabel={t("add")}
          />
        </div>
        <ul className={styles.recorded} data-testid="workshop-decisions" aria-label={t("title")}>
          {newest.map((action) => (
            <li key={action.id}>
              <span className={styles.what}>{action.description}</span>
              <span className={styles.detail}>{t("ownedBy", { owner: action.owner?.name ?? t("noOwner") })}</span>
            </li>
          ))}
          {newest.length === 0 ? <li className={styles.more}>{t("none")}</li> : null}
          {more > 0 ? <li className={styles.more}>+ {more}</li> : null}
        </ul>
      </div>
    ),
  };
}
