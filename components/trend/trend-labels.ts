import { getFormatter, getTranslations } from "next-intl/server";
import type { StatusLabels } from "./trend-cell";

/** What every section of the trend needs to write its figures: numbers, changes, round names and status words. */
export async function trendLabels() {
  const t = await getTranslations("trend");
  const format = await getFormatter();
  const statusLabels: StatusLabels = {
    hidden: t("status.hidden"),
    "no-response": t("status.no-response"),
    absent: t("status.absent"),
    insufficient: t("status.insufficient"),
  };
  return {
    t,
    statusLabels,
    number: (value: number) => format.number(value),
    change: (value: number | null) => (value === null ? "–" : format.number(value, { signDisplay: "exceptZero" })),
    roundName: (round: number) => t("round", { round }),
  };
}
