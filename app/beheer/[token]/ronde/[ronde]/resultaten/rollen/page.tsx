import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FigureLegend } from "@/components/results/figure-legend";
import { GroupHeaders } from "@/components/results/group-headers";
import { Heatmap } from "@/components/results/heatmap";
import styles from "@/components/results/results.module.css";
import { ScrollRegion } from "@/components/ui/scroll-region";
import ui from "@/components/ui/ui.module.css";
import { findLens, findStatement } from "@/content";
import { roleLabel } from "@/lib/instrument/labels";
import { compareRoles } from "@/lib/scoring/role-comparison";
import { loadResults, type RoundParams } from "../load";

/** Roles across partners: executives beside the people at the table, most different first. */
export default async function RoleResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, releasedRoles } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const tRoles = await getTranslations("results.roles");
  const format = await getFormatter();
  const comparison = compareRoles(diagnosis, releasedRoles);
  const groups = comparison.shown.flatMap((role) => {
    const group = diagnosis.roles.find((candidate) => candidate.id === role);
    return group ? [{ ...group, name: roleLabel(role, locale) }] : [];
  });
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? t("noData") : format.number(Math.round(value));

  return (
    <div className={styles.stack}>
      <section className="card" aria-labelledby="roles-title">
        <h2 id="roles-title">{tRoles("title")}</h2>
        <p>{tRoles("lead")}</p>
        {comparison.hidden.some((entry) => entry.reason !== "none") || comparison.shown.length === 0 ? (
          <ul className={styles.statusNote} data-testid="hidden-roles">
            {comparison.hidden.map((entry) => (
              <li key={entry.role}>
                <strong>{roleLabel(entry.role, locale)}</strong>:{" "}
                {tRoles(`hidden.${entry.reason}`, { count: entry.respondents, threshold: diagnosis.threshold })}
              </li>
            ))}
          </ul>
        ) : null}
        {comparison.shown.length > 0 && !comparison.canCompare ? (
          <p className={styles.notice} data-testid="no-role-comparison">
            {tRoles("cannotCompare")}
          </p>
        ) : null}
      </section>

      {comparison.shown.length > 0 ? (
        <>
          <section className="card" aria-labelledby="role-lenses-title">
            <h2 id="role-lenses-title">{tRoles("lensesTitle")}</h2>
            <p className="muted">{tRoles("lensesLead")}</p>
            <ScrollRegion className={styles.tableWrap} label={tRoles("lensesTitle")}>
              <table className={`${styles.table} ${ui.stackOnPhone}`} data-testid="role-lenses">
                <caption className="visually-hidden">{tRoles("lensesTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("lens")}</th>
                    <GroupHeaders groups={groups} />
                    {comparison.canCompare ? (
                      <th scope="col" className={styles.number}>
                        {tRoles("gap")}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {comparison.lenses.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{findLens(row.id)?.name[locale]}</th>
                      {groups.map((group) => (
                        <td key={group.id} className={styles.number} data-label={group.name}>
                          {number(row.scores[group.id])}
                        </td>
                      ))}
                      {comparison.canCompare ? (
                        <td className={styles.number} data-label={tRoles("gap")}>
                          {number(row.gap)}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          <section className="card" aria-labelledby="role-statements-title">
            <h2 id="role-statements-title">{tRoles("statementsTitle")}</h2>
            <p className="muted">{tRoles(comparison.canCompare ? "statementsLead" : "statementsLeadNoGap")}</p>
            <FigureLegend />
            <Heatmap
              caption={tRoles("statementsTitle")}
              groups={groups}
              statements={comparison.statements.map((row) => {
                const content = findStatement(row.id);
                return {
                  id: row.id,
                  text: content?.text[locale] ?? row.id,
                  isReversed: content?.isReversed ?? false,
                  isContested: false,
                  partnerGap: row.gap,
                };
              })}
              testId="role-heatmap"
              showGap={comparison.canCompare}
              gapLabel={tRoles("gapSteps")}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
