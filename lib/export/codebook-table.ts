import type { Locale, Variant } from "../../content";
import { type Item, itemsForVariant } from "../instrument/items";
import { lensName, paradoxName } from "./labels";
import type { ExportTable } from "./table";
import type { ExportTranslator } from "./translator";

/**
 * Every item of the scan's questionnaire with its labels: the statement as
 * worded, the poles of a paradox, a background question with its options,
 * and which way of answering is favourable. The item id is the key that
 * links the codebook to the figures.
 */
function section(item: Item, locale: Locale, t: ExportTranslator): string {
  switch (item.kind) {
    case "statement":
      return lensName(item.lensId, locale);
    case "paradox-position":
    case "paradox-openness":
      return paradoxName(item.paradox.id, locale);
    case "choice":
      return t("export.background");
    case "importance":
      return `${t("export.background")}: ${item.question.question[locale]}`;
  }
}

function text(item: Item, locale: Locale, t: ExportTranslator): string {
  switch (item.kind) {
    case "statement":
      return item.statement.text[locale];
    case "paradox-position":
      return `${paradoxName(item.paradox.id, locale)}: ${item.measure === "current" ? t("export.current") : t("export.desired")}`;
    case "paradox-openness":
      return `${paradoxName(item.paradox.id, locale)}: ${t("export.openness")}`;
    case "choice":
      return item.question.question[locale];
    case "importance":
      return item.question.options.find((option) => option.id === item.optionId)?.label[locale] ?? item.id;
  }
}

function scale(item: Item, locale: Locale, t: ExportTranslator): string {
  switch (item.kind) {
    case "paradox-position":
      return t("export.scales.paradox-position", {
        poleA: item.paradox.poleA.name[locale],
        poleB: item.paradox.poleB.name[locale],
      });
    case "choice":
      return item.question.options.map((option) => `${option.code} = ${option.label[locale]}`).join("; ");
    default:
      return t(`export.scales.${item.kind}`);
  }
}

function favourable(item: Item, t: ExportTranslator): string {
  if (item.kind === "statement")
    return item.statement.isReversed ? t("export.direction.disagree") : t("export.direction.agree");
  return item.kind === "paradox-openness" ? t("export.direction.agree") : "";
}

/** The items of the scan as its instrument version asked them. */
export function codebookTable(variant: Variant, version: number, locale: Locale, t: ExportTranslator): ExportTable {
  return {
    title: t("export.sheets.codebook"),
    columns: [
      { key: "itemId", header: t("export.columns.itemId"), width: 36 },
      { key: "kind", header: t("export.columns.kind"), width: 18 },
      { key: "section", header: t("export.columns.section"), width: 36 },
      { key: "text", header: t("export.columns.text"), width: 80 },
      { key: "scale", header: t("export.columns.scale"), width: 60 },
      { key: "reversed", header: t("export.columns.reversed"), width: 12 },
      { key: "favourable", header: t("export.columns.favourableWhen"), width: 16 },
    ],
    rows: itemsForVariant(variant, version).map((item) => ({
      itemId: item.id,
      kind: t(`export.itemKinds.${item.kind}`),
      section: section(item, locale, t),
      text: text(item, locale, t),
      scale: scale(item, locale, t),
      reversed: item.kind === "statement" ? (item.statement.isReversed ? t("export.yes") : t("export.no")) : "",
      favourable: favourable(item, t),
    })),
  };
}
