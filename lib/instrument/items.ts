import {
  type ContextQuestion,
  contextQuestions,
  instrument,
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

function contextItems(variant: Variant, version: number): Item[] {
  return contextQuestions
    .filter(
      (question) =>
        question.askedOf === "respondent" && question.variants.includes(variant) && question.since <= version,
    )
    .flatMap((question): Item[] =>
      question.kind === "importance"
        ? question.options.map((option) => ({ kind: "importance", id: option.id, question, optionId: option.id }))
        : [{ kind: "choice", id: question.id, question }],
    );
}

// Derived from the content in the code, so every process builds the same items: nothing to share.
const cache = new Map<string, Item[]>();

/** Whether a version of the instrument asks this statement. */
export function isAskedIn(statement: Pick<Statement, "since" | "until">, version: number): boolean {
  return statement.since <= version && (statement.until === undefined || version <= statement.until);
}

/** The instrument versions a scan can have been started with: 1 up to the current one. */
export const INSTRUMENT_VERSIONS: readonly number[] = Array.from(
  { length: instrument.version },
  (_, index) => index + 1,
);

export function isKnownVersion(version: number): boolean {
  return INSTRUMENT_VERSIONS.includes(version);
}

/**
 * Statements lens by lens, then paradoxes, then respondent context, as a
 * version of the instrument asks them: a scan keeps the version it started
 * with, for its questionnaire, its diagnosis and its exports.
 */
export function itemsForVariant(variant: Variant, version: number): readonly Item[] {
  const key = `${variant}:${version}`;
  let items = cache.get(key);
  if (!items) {
    items = [
      ...statements
        .filter((statement) => statement.variants.includes(variant) && isAskedIn(statement, version))
        .map((statement): Item => ({ kind: "statement", id: statement.id, lensId: statement.lensId, statement })),
      ...paradoxItems(variant),
      ...contextItems(variant, version),
    ];
    cache.set(key, items);
  }
  return items;
}

// Per process, like the cache above.
const byId = new Map<string, Map<string, Item>>();

export function findItem(variant: Variant, id: string, version: number): Item | undefined {
  const key = `${variant}:${version}`;
  let index = byId.get(key);
  if (!index) {
    index = new Map(itemsForVariant(variant, version).map((item) => [item.id, item]));
    byId.set(key, index);
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
