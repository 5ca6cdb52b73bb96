import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { managePaths } from "@/components/manage/paths";
import { LensTrendSection } from "@/components/trend/lens-trend-section";
import { PartnerTrendSection } from "@/components/trend/partner-trend-section";
import { ResponseSection } from "@/components/trend/response-section";
import { StatementTrendSection } from "@/components/trend/statement-trend-section";
import styles from "@/components/trend/trend.module.css";
import { TrendBasisNote } from "@/components/trend/trend-basis-note";
import { LENS_IDS, type LensId } from "@/content";
import { getTrend } from "@/lib/server/collaboration/get-trend";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("trend");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lens?: string; groep?: string }> };

/** The trend of a collaboration over its rounds: response, lenses, partners and statements. */
export default async function TrendPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { lens, groep } = await searchParams;
  const { name, rounds, trend } = await loadForManagerOrNotFound(token, getTrend);
  const t = await getTranslations("trend");
  const paths = managePaths(token);
  const chosenLens: LensId = (LENS_IDS as readonly string[]).includes(lens ?? "") ? (lens as LensId) : "ambition";
  const group = trend.partners.some((partner) => partner.key === groep) ? (groep ?? null) : null;
  const href = (query: { lens: LensId; groep: string | null }, anchor: string) => {
    const search = new URLSearchParams({ lens: query.lens, ...(query.groep ? { groep: query.groep } : {}) });
    return `${paths.trend}?${search.toString()}#${anchor}`;
  };
  const latest = trend.rounds.at(-1)?.number ?? 1;
  return (
    <>
      <p className="muted">
        <Link href={paths.collaboration}>{t("back")}</Link>
      </p>
      <p className="muted">{t("title")}</p>
      <h1>{name}</h1>
      <div className={styles.stack}>
        <p>{t("lead")}</p>
        {trend.rounds.length < 2 ? <p className={styles.notice}>{t("oneRound")}</p> : null}
        <TrendBasisNote trend={trend} />
        <ResponseSection trend={trend} dates={rounds} />
        <LensTrendSection trend={trend} />
        <PartnerTrendSection
          trend={trend}
          lens={chosenLens}
          lensHref={(next) => href({ lens: next, groep: group }, "per-partner")}
        />
        <StatementTrendSection
          trend={trend}
          group={group}
          groupHref={(next) => href({ lens: chosenLens, groep: next }, "per-stelling")}
        />
        <p>
          <Link href={paths.results(latest)} className="button button-secondary">
            {t("openResults", { round: latest })}
          </Link>
        </p>
      </div>
    </>
  );
}
