import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/results/results.module.css";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { findLens } from "@/content";
import { getOwnResults } from "@/lib/server/results/get-own-results";
import { loadQuestionnaire } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("thanks");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ThanksPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadQuestionnaire(token);
  if (!state.isSubmitted) redirect(`/r/${token}`);
  const t = await getTranslations("thanks");
  const tResults = await getTranslations("results");
  const locale = await getLocale();
  const format = await getFormatter();
  const own = await getOwnResults(token);
  // A dash keeps the columns narrow on a phone; the note under the table says what it means once.
  const show = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{tResults("notYet")}</span>
      </>
    ) : (
      format.number(value)
    );
  const hasHidden = own?.lenses.some((lens) => lens.overall === null || (own.partnerName && lens.partner === null));
  return (
    <>
      <section className="card" aria-labelledby="thanks-title">
        <h1 id="thanks-title">{t("title")}</h1>
        <p>{t("text")}</p>
        <p className="muted">{t("closeTab")}</p>
      </section>
      {own ? (
        <section className="card" aria-labelledby="own-title" style={{ marginTop: "1.25rem" }}>
          <h2 id="own-title">{tResults("ownTitle")}</h2>
          <p className="muted">{tResults("ownLead")}</p>
          <ScrollRegion className={styles.tableWrap} label={tResults("ownTitle")}>
            <table className={styles.table} data-testid="own-results">
              <thead>
                <tr>
                  <th scope="col">{tResults("lens")}</th>
                  <th scope="col" className={styles.number}>
                    {tResults("you")}
                  </th>
                  <th scope="col" className={styles.number}>
                    {tResults("overall")}
                  </th>
                  {own.partnerName ? (
                    <th scope="col" className={styles.number}>
                      {tResults("yourPartner", { partner: own.partnerName })}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {own.lenses.map((lens) => (
                  <tr key={lens.id}>
                    <th scope="row">{findLens(lens.id)?.name[locale]}</th>
                    <td className={styles.number}>{show(lens.own)}</td>
                    <td className={styles.number}>{show(lens.overall)}</td>
                    {own.partnerName ? <td className={styles.number}>{show(lens.partner)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {hasHidden ? (
            <p className="muted" data-testid="own-results-note">
              {tResults("notYetNote")}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
