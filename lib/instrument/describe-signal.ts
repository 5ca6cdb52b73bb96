import { contextQuestions, findLens, findParadox, findStatement, type Locale, type Signal } from "../../content";

/** The keys of `signals.*` in the message files. */
export type SignalKey =
  | "disagree"
  | "agree"
  | "lensLow"
  | "lensHigh"
  | "paradoxLeaning"
  | "paradoxClosed"
  | "partnersApart"
  | "onePartnerLow"
  | "camps"
  | "roleGapTable"
  | "roleGapExecutives"
  | "paradoxPoles"
  | "choicePrevails"
  | "choiceShare";

/** Translates the keys of `signals.*` in the message files. */
export type SignalTranslator = (key: SignalKey, values: Record<string, string | number>) => string;

/**
 * A signal of a collaboration problem in plain words, as a rule (for the
 * knowledge base); the diagnosis describes evidence that holds in its own
 * words, with figures. A statement is named by its text and read the way it
 * is worded: "unfavourable" is disagreeing with a positively worded statement
 * and agreeing with a negatively worded one.
 */
export function describeSignal(signal: Signal, locale: Locale, t: SignalTranslator): string {
  // Quoted inside a sentence, so without its closing full stop.
  const statement = (id: string) => (findStatement(id)?.text[locale] ?? id).replace(/\.$/, "");
  const isReversed = (id: string) => findStatement(id)?.isReversed ?? false;
  const poles = (id: string) => {
    const paradox = findParadox(id);
    return paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : id;
  };
  switch (signal.kind) {
    case "statement-low":
      return t(isReversed(signal.statementId) ? "agree" : "disagree", { statement: statement(signal.statementId) });
    case "statement-high":
      return t(isReversed(signal.statementId) ? "disagree" : "agree", { statement: statement(signal.statementId) });
    case "lens-low":
      return t("lensLow", { lens: findLens(signal.lensId)?.name[locale] ?? signal.lensId });
    case "lens-high":
      return t("lensHigh", { lens: findLens(signal.lensId)?.name[locale] ?? signal.lensId });
    case "paradox-leaning": {
      const paradox = findParadox(signal.paradoxId);
      const pole = signal.pole === "a" ? paradox?.poleA.name[locale] : paradox?.poleB.name[locale];
      return t("paradoxLeaning", { paradox: poles(signal.paradoxId), pole: pole ?? signal.pole });
    }
    case "paradox-closed":
      return t("paradoxClosed", { paradox: poles(signal.paradoxId) });
    case "partners-apart":
      return t("partnersApart", { statement: statement(signal.statementId) });
    case "one-partner-low":
      return t("onePartnerLow", { statement: statement(signal.statementId) });
    case "camps":
      return t("camps", { statement: statement(signal.statementId) });
    case "role-gap":
      return t(signal.lower === "table" ? "roleGapTable" : "roleGapExecutives", {
        statement: statement(signal.statementId),
      });
    case "paradox-opposite-poles":
      return t("paradoxPoles", { paradox: poles(signal.paradoxId) });
    case "choice-prevails":
    case "choice-share": {
      const question = contextQuestions.find((candidate) => candidate.id === signal.questionId);
      const option = question?.options.find((candidate) => signal.codes.includes(candidate.code));
      const values = {
        question: question?.question[locale] ?? signal.questionId,
        option: option?.label[locale] ?? "",
      };
      return signal.kind === "choice-prevails"
        ? t("choicePrevails", values)
        : t("choiceShare", { ...values, share: Math.round(signal.min * 100) });
    }
  }
}
