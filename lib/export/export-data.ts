import { findLens, type Locale } from "../../content";
import { type Item, itemsForVariant } from "../instrument/items";
import { roleLabel } from "../instrument/labels";
import type { ScanInput } from "../scoring/input";

/**
 * The rows of the data exports: one per respondent and item they answered,
 * from the reportable input (see lib/scoring/anonymize.ts), so exports show
 * nothing the results screen hides. Respondents are opaque ids; names and
 * e-mail addresses are never part of the input at all.
 */
export type ExportRow = {
  respondent: string;
  partner: string;
  role: string;
  itemId: string;
  itemText: string;
  /** The stored value; null is "don't know". */
  value: number | null;
};

export type CodebookRow = {
  itemId: string;
  kind: string;
  group: string;
  text: string;
  scale: string;
  reversed: string;
};

export type ExportLabels = {
  otherPartners: string;
  roleUnknown: string;
  kinds: Record<Item["kind"], string>;
  scales: Record<Item["kind"], string>;
  current: string;
  desired: string;
  openness: string;
  yes: string;
  no: string;
};

export function itemText(
  item: Item,
  locale: Locale,
  labels: Pick<ExportLabels, "current" | "desired" | "openness">,
): string {
  switch (item.kind) {
    case "statement":
      return item.statement.text[locale];
    case "paradox-position":
    case "paradox-openness": {
      const poles = `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}`;
      const measure =
        item.kind === "paradox-openness"
          ? labels.openness
          : item.measure === "current"
            ? labels.current
            : labels.desired;
      return `${poles}: ${measure}`;
    }
    case "choice":
      return item.question.question[locale];
    case "importance":
      return item.question.options.find((option) => option.id === item.optionId)?.label[locale] ?? item.id;
  }
}

function groupOf(item: Item, locale: Locale): string {
  switch (item.kind) {
    case "statement":
      return findLens(item.lensId)?.name[locale] ?? item.lensId;
    case "paradox-position":
    case "paradox-openness":
      return `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}`;
    default:
      return item.question.id;
  }
}

export function exportRows(input: ScanInput, locale: Locale, labels: ExportLabels): ExportRow[] {
  const items = itemsForVariant(input.scan.variant);
  const partnerName = new Map(input.partners.map((partner) => [partner.id, partner.name]));
  return input.respondents.flatMap((respondent) =>
    items.flatMap((item) => {
      const value = respondent.answers[item.id];
      if (value === undefined) return [];
      return [
        {
          respondent: respondent.id,
          partner: respondent.partnerId === null ? labels.otherPartners : (partnerName.get(respondent.partnerId) ?? ""),
          role: respondent.role === null ? labels.roleUnknown : roleLabel(respondent.role, locale),
          itemId: item.id,
          itemText: itemText(item, locale, labels),
          value,
        },
      ];
    }),
  );
}

export function codebook(input: ScanInput, locale: Locale, labels: ExportLabels): CodebookRow[] {
  return itemsForVariant(input.scan.variant).map((item) => ({
    itemId: item.id,
    kind: labels.kinds[item.kind],
    group: groupOf(item, locale),
    text: itemText(item, locale, labels),
    scale:
      item.kind === "choice"
        ? item.question.options.map((option) => `${option.code} = ${option.label[locale]}`).join("; ")
        : labels.scales[item.kind],
    reversed: item.kind === "statement" ? (item.statement.isReversed ? labels.yes : labels.no) : "",
  }));
}
