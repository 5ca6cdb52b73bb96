import {
  type ContextQuestion,
  contextQuestions,
  type LensId,
  type Paradox,
  paradoxes,
  type Statement,
  statements,
  type Variant,
} from "../../content";

/**
 * The items a respondent answers, derived from the content for one variant.
 * Every item id is stable: statements and options carry hand-written ids;
 * paradox measures append ".current", ".desired" or ".openness".
 */
export type Item =
  | { kind: "statement"; id: string; lensId: LensId; statement: Statement }
  | { kind: "paradox-position"; id: string; paradox: Paradox; measure: "current" | "desired" }
  | { kind: "paradox-openness"; id: string; paradox: Paradox }
  | { kind: "choice"; id: string; question: ContextQuestion }
  | { kind: "importance"; id: string; question: ContextQuestion; optionId: string };

/** Agreement, openness and importance scales: 1 … 5. */
export const AGREEMENT_SCALE = { min: 1, max: 5 } as const;
/** Paradox positions: −3 (fully pole A) … +3 (fully pole B); 0 is balanced. */
export const POSITION_SCALE = { min: -3, max: 3 } as const;

export function paradoxItemId(paradoxId: string, measure: "current" | "desired" | "openness"): string {
  return `${paradoxId}.${measure}`;
}

function paradoxItems(variant: Variant): Item[] {
  return paradoxes.flatMap((paradox): Item[] => {
    const current: Item = {
      kind: "paradox-position",
      id: paradoxItemId(paradox.id, "current"),
      paradox,
      measure: "current",
    };
    if (variant === "quick") return [current];
    return [
      current,
      { kind: "paradox-position", id: paradoxItemId(paradox.id, "desired"), paradox, measure: "desired" },
      { kind: "paradox-openness", id: paradoxItemId(paradox.id, "openness"), paradox },
    ];
  });
}

function contextItems(variant: Variant): Item[] {
  return contextQuestions
    .filter((question) => question.askedOf === "respondent" && question.variants.includes(variant))
    .flatMap((question): Item[] =>
      question.kind === "importance"
        ? question.options.map((option) => ({ kind: "importance", id: option.id, question, optionId: option.id }))
        : [{ kind: "choice", id: question.id, question }],
    );
}

const cache = new Map<Variant, Item[]>();

/** Statements lens by lens, then paradoxes, then respondent context. */
export function itemsForVariant(variant: Variant): readonly Item[] {
  let items = cache.get(variant);
  if (!items) {
    items = [
      ...statements
        .filter((statement) => statement.variants.includes(variant))
        .map((statement): Item => ({ kind: "statement", id: statement.id, lensId: statement.lensId, statement })),
      ...paradoxItems(variant),
      ...contextItems(variant),
    ];
    cache.set(variant, items);
  }
  return items;
}

const byId = new Map<Variant, Map<string, Item>>();

export function findItem(variant: Variant, id: string): Item | undefined {
  let index = byId.get(variant);
  if (!index) {
    index = new Map(itemsForVariant(variant).map((item) => [item.id, item]));
    byId.set(variant, index);
  }
  return index.get(id);
}

/** Whether a stored value fits the item's scale; null ("don't know") fits every item but a choice. */
export function isValidValue(item: Item, value: number | null): boolean {
  if (value === null) return item.kind !== "choice";
  if (!Number.isInteger(value)) return false;
  switch (item.kind) {
    case "paradox-position":
      return value >= POSITION_SCALE.min && value <= POSITION_SCALE.max;
    case "choice":
      return item.question.options.some((option) => option.code === value);
    default:
      return value >= AGREEMENT_SCALE.min && value <= AGREEMENT_SCALE.max;
  }
}
