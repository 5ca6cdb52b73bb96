import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMean, formatMeanChange, formatScoreChange } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locale";
import type { StatusLabels } from "./trend-cell";

/** What every section of the trend needs to write its figures: numbers, changes, round names and status words. */
export async function trendLabels() {
  const t = await getTranslations("trend");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const statusLabels: StatusLabels = {
    hidden: t("status.hidden"),
    "no-response": t("status.no-response"),
    absent: t("status.absent"),
    insufficient: t("status.insufficient"),
  };
  return {
    t,
    locale,
    statusLabels,
    number: (value: number) => format.number(value),
    change: (value: number | null) => (value === null ? "–" : formatScoreChange(value, locale)),
    mean: (value: number) => formatMean(value, locale),
    meanChange: (value: number | null) => (value === null ? "–" : formatMeanChange(value, locale)),
    roundName: (round: number) => t("round", { round }),
  };
}
