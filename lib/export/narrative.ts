import type { Locale } from "../../content";
import { findParadox, findProblem } from "../../content";
import { formatSigned } from "../i18n/figures";
import { groupColumns } from "../scoring/group-columns";
import type { Diagnosis } from "../scoring/types";
import { isReversedStatement, lensName, motiveLabel, onAnswerScale, statementText, trustModeLabel } from "./labels";
import { type ExportTranslator, localeTag } from "./translator";
import { wordedValue } from "./worded-figure";

/**
 * The one-page summary for a board, in sentences built from the diagnosis:
 * what stands out (the range of the lenses, their bands, the problems, the
 * strongest tension, where partners differ most), the top three with their
 * reasoning, the statements partners differ on most (each partner's mean as
 * worded), and the background. Every figure comes from the diagnosis, so the
 * summary publishes nothing the results do not.
 */
export type Narrative = {
  standsOut: string[];
  top: { title: string; text: string }[];
  differences: { statement: string; isReversed: boolean; figures: string }[];
  background: string[];
};

const DIFFERENCES = 3;

export function narrative(diagnosis: Diagnosis, locale: Locale, t: ExportTranslator): Narrative {
  const tag = localeTag(locale);
  const list = (items: string[]) => new Intl.ListFormat(tag, { type: "conjunction" }).format(items);
  const decimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // A typographic minus, as on the screen.
  const signed = { format: (value: number) => formatSigned(value, locale, 1) };
  const columns = groupColumns(diagnosis, t("export.groupNames.pool"));

  const standsOut: string[] = [];
  // Partners whose answers count: with figures of their own, or among the other partners together.
  const responding = diagnosis.partners.filter(
    (partner) => partner.status === "shown" || partner.status === "pooled",
  ).length;
  standsOut.push(t("report.summary.basis", { count: diagnosis.respondentCount, partners: responding }));

  const scored = diagnosis.lenses.filter((lens): lens is typeof lens & { score: number } => lens.score !== null);
  if (scored.length > 0) {
    const sorted = [...scored].sort((a, b) => b.score - a.score);
    const best = sorted[0];
    const worst = sorted.at(-1);
    if (best && worst) {
      standsOut.push(
        t("report.summary.range", {
          low: worst.score,
          high: best.score,
          best: lensName(best.id, locale),
          worst: lensName(worst.id, locale),
        }),
      );
    }
    const concerns = scored.filter((lens) => lens.band === "concern").map((lens) => lensName(lens.id, locale));
    const strengths = scored.filter((lens) => lens.band === "strength").map((lens) => lensName(lens.id, locale));
    if (concerns.length > 0)
      standsOut.push(t("report.summary.concerns", { lenses: list(concerns), count: concerns.length }));
    if (strengths.length > 0)
      standsOut.push(t("report.summary.strengths", { lenses: list(strengths), count: strengths.length }));
    if (concerns.length === 0 && strengths.length === 0) standsOut.push(t("report.summary.allAttention"));
  }

  const problems = diagnosis.problems.flatMap((result) => {
    const problem = findProblem(result.id);
    return problem
      ? [
          t("report.summary.problem", {
            name: problem.name[locale],
            confidence: t(`results.confidence.${result.confidence}`).toLocaleLowerCase(locale),
          }),
        ]
      : [];
  });
  standsOut.push(
    problems.length > 0
      ? t("report.summary.problems", { count: problems.length, names: list(problems) })
      : t("report.summary.noProblems"),
  );

  const tension = diagnosis.paradoxes
    .filter((paradox) => paradox.isOneSided && paradox.current !== null)
    .sort((a, b) => Math.abs(b.current ?? 0) - Math.abs(a.current ?? 0))[0];
  const paradox = tension ? findParadox(tension.id) : undefined;
  if (tension && paradox && tension.current !== null) {
    const pole = tension.current < 0 ? paradox.poleA.name[locale] : paradox.poleB.name[locale];
    const values = {
      paradox: `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}`,
      pole,
      now: signed.format(onAnswerScale(tension.current) ?? 0),
    };
    standsOut.push(
      tension.desired === null
        ? t("report.summary.tension", values)
        : t("report.summary.tensionDesired", {
            ...values,
            desired: signed.format(onAnswerScale(tension.desired) ?? 0),
          }),
    );
  }
  const conflicts = diagnosis.lenses
    .filter((lens) => lens.consensus === "conflict")
    .map((lens) => lensName(lens.id, locale));
  if (conflicts.length > 0) standsOut.push(t("report.summary.conflicts", { lenses: list(conflicts) }));

  const differences = diagnosis.contested.slice(0, DIFFERENCES).flatMap((entry) => {
    const isReversed = isReversedStatement(entry.statementId);
    const figures = columns.flatMap((column) => {
      const value = wordedValue(
        column.statements[entry.statementId],
        column.statementMeans[entry.statementId],
        isReversed,
      );
      return value ? [`${column.name} ${decimal.format(value.mean)}`] : [];
    });
    if (figures.length < 2) return [];
    return [{ statement: statementText(entry.statementId, locale), isReversed, figures: figures.join(" · ") }];
  });

  const background: string[] = [];
  const { trustModes, motives } = diagnosis.background;
  if (trustModes) {
    const modes = columns.flatMap((column) => {
      const code = trustModes.groups[column.isPool ? "pool" : column.id];
      return code === null || code === undefined ? [] : [`${column.name}: ${trustModeLabel(code, locale)}`];
    });
    if (trustModes.prevailing !== null) {
      background.push(t("report.summary.trustOverall", { mode: trustModeLabel(trustModes.prevailing, locale) }));
    }
    if (modes.length > 0) background.push(t("report.summary.trustGroups", { modes: modes.join("; ") }));
  }
  const judged = motives.filter((motive) => motive.isShared !== null);
  if (judged.length > 0) {
    const differing = judged
      .filter((motive) => motive.isShared === false)
      .map((motive) => motiveLabel(motive.id, locale));
    background.push(
      differing.length > 0
        ? t("report.summary.motivesDiffer", { motives: list(differing) })
        : t("report.summary.motivesShared"),
    );
  }

  return {
    standsOut,
    top: diagnosis.advice.map((advice) => ({ title: advice.title[locale], text: advice.reasoning[locale] })),
    differences,
    background,
  };
}
