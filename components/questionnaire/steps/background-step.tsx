import { getTranslations } from "next-intl/server";
import type { Locale } from "@/content";
import type { Item } from "@/lib/instrument/items";
import { ChoiceQuestion } from "../choice-question";
import { LikertQuestion } from "../likert-question";
import { importanceOptions } from "../scale-options";

/** The background questions: choices about the collaboration, then how much each motive weighs. */
export async function BackgroundStep({ items, locale }: { items: readonly Item[]; locale: Locale }) {
  const t = await getTranslations("background");
  const importance = await importanceOptions();
  const motivesQuestion = items.find((item) => item.kind === "importance")?.question;
  return (
    <>
      <p>{t("intro")}</p>
      {items.map((item) =>
        item.kind === "choice" ? (
          <ChoiceQuestion
            key={item.id}
            id={item.id}
            question={item.question.question[locale]}
            help={item.question.help?.[locale]}
            options={item.question.options.map((option) => ({
              code: option.code,
              label: option.label[locale],
              description: option.description?.[locale],
            }))}
          />
        ) : null,
      )}
      {motivesQuestion ? <h2>{motivesQuestion.question[locale]}</h2> : null}
      {items.map((item) => {
        if (item.kind !== "importance") return null;
        const option = item.question.options.find((candidate) => candidate.id === item.optionId);
        return (
          <LikertQuestion
            key={item.id}
            id={item.id}
            text={option?.label[locale] ?? item.id}
            description={option?.description?.[locale]}
            options={importance}
          />
        );
      })}
    </>
  );
}
