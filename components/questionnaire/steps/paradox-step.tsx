import { getTranslations } from "next-intl/server";
import type { Locale, Paradox } from "@/content";
import type { Item } from "@/lib/instrument/items";
import { LikertQuestion } from "../likert-question";
import { ParadoxScale } from "../paradox-scale";
import styles from "../questionnaire.module.css";
import { agreementOptions, positionLabels } from "../scale-options";

/** The paradox items in the order of the step, one group per paradox (its positions and its openness). */
function groupByParadox(items: readonly Item[]): { paradox: Paradox; items: Item[] }[] {
  const groups = new Map<string, { paradox: Paradox; items: Item[] }>();
  for (const item of items) {
    if (item.kind !== "paradox-position" && item.kind !== "paradox-openness") continue;
    const group = groups.get(item.paradox.id) ?? { paradox: item.paradox, items: [] };
    group.items.push(item);
    groups.set(item.paradox.id, group);
  }
  return [...groups.values()];
}

/** Per paradox: where the collaboration stands and should stand between the poles, and how openly it is discussed. */
export async function ParadoxStep({ items, locale }: { items: readonly Item[]; locale: Locale }) {
  const t = await getTranslations("paradox");
  const agreement = await agreementOptions();
  const groups = groupByParadox(items);
  return (
    <>
      <p>{t("intro")}</p>
      {
        await Promise.all(
          groups.map(async ({ paradox, items: paradoxItems }) => {
            const poleA = paradox.poleA.name[locale];
            const poleB = paradox.poleB.name[locale];
            const labels = await positionLabels(poleA, poleB);
            return (
              <section key={paradox.id} className={styles.paradox} aria-labelledby={`${paradox.id}-title`}>
                <h2 id={`${paradox.id}-title`}>
                  {poleA} – {poleB}
                </h2>
                <p className={styles.description}>{paradox.description[locale]}</p>
                {paradoxItems.map((item) =>
                  item.kind === "paradox-position" ? (
                    <ParadoxScale
                      key={item.id}
                      id={item.id}
                      legend={item.measure === "current" ? t("current") : t("desired")}
                      poleA={poleA}
                      poleB={poleB}
                      positionLabels={labels}
                      unknownLabel={t("unknown")}
                    />
                  ) : (
                    <LikertQuestion key={item.id} id={item.id} text={t("openness")} options={agreement} />
                  ),
                )}
              </section>
            );
          }),
        )
      }
    </>
  );
}
