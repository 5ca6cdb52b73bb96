import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findingName } from "@/lib/scoring/actions/finding";
import type { AgreedAction } from "@/lib/scoring/actions/types";
import type { FormServerAction } from "@/lib/server/form-action";
import type { LiveSlide } from "../results/workshop-slides";
import { ActionEditor, type FindingGroup } from "./action-editor";
import styles from "./live-slides.module.css";

/** The newest decisions fit beside the form; the earlier ones are counted. */
const SHOWN = 4;

/**
 * The workshop's last slide: the group records what it decides, live, and
 * sees the decisions of this round so far beside the form, in the order and
 * with the details of the actions tab (status, owner, due date, finding).
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
  const locale = await getLocale();
  const format = await getFormatter();
  // Oldest first, as on the actions tab: a new decision appears at the bottom of the list.
  const newest = options.actions.slice(-SHOWN);
  const earlier = options.actions.length - newest.length;
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
          {earlier > 0 ? <li className={styles.more}>{t("earlier", { count: earlier })}</li> : null}
          {newest.map((action) => (
            <li key={action.id}>
              <span className={styles.what}>{action.description}</span>
              <span className={styles.detail}>
                <span className={styles.status} data-status={action.status}>
                  {t(`statuses.${action.status}`)}
                </span>
                {[
                  t("ownedBy", { owner: action.owner?.name ?? t("noOwner") }),
                  ...(action.dueOn
                    ? [t("due", { date: format.dateTime(action.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })]
                    : []),
                ].join(" · ")}
              </span>
              <span className={styles.detail}>
                {t("about", {
                  kind: t(`findingKinds.${action.finding.kind}`),
                  finding: findingName(action.finding, locale),
                })}
              </span>
            </li>
          ))}
          {newest.length === 0 ? <li className={styles.more}>{t("none")}</li> : null}
        </ul>
      </div>
    ),
  };
}
