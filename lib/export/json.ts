import type { Locale } from "../../content";
import { findingName } from "../scoring/actions/finding";
import type { AgreedAction } from "../scoring/actions/types";
import type { Diagnosis } from "../scoring/types";
import { reviewLines } from "./action-lines";
import { codebookTable } from "./codebook-table";
import type { PublishedComments } from "./comments-table";
import type { ReportRounds } from "./rounds";
import type { ExportTranslator } from "./translator";

/**
 * The round's place among the rounds: its number, the change since the
 * previous round (each lens and statement per round, on the statements both
 * asked), and the actions, this round's and the previous round's under
 * review. Owners appear by name only: database ids mean nothing outside.
 */
function roundsJson(rounds: ReportRounds, locale: Locale, t: ExportTranslator) {
  const action = (entry: AgreedAction) => ({
    round: entry.round,
    description: entry.description,
    owner: entry.owner ? { name: entry.owner.name, isPartner: entry.owner.kind === "partner" } : null,
    dueOn: entry.dueOn ? entry.dueOn.toISOString().slice(0, 10) : null,
    status: entry.status,
    finding: { ...entry.finding, text: findingName(entry.finding, locale) },
    lens: entry.lensId,
  });
  return {
    round: rounds.round,
    change: rounds.change
      ? {
          rounds: rounds.change.rounds,
          basis: rounds.change.basis,
          lenses: rounds.change.lenses,
          statements: rounds.change.statements,
          paradoxes: rounds.change.paradoxes,
        }
      : null,
    actions: rounds.actions.map(action),
    actionReview: (rounds.review ?? []).map((review) => ({
      ...action(review.action),
      lensChange: review.lens,
      findingChange: review.finding,
      problem: review.problem,
      summary: reviewLines(review, { locale, t }),
    })),
  };
}

/**
 * The results as JSON, for re-analysis: the diagnosis the results pages show,
 * the published comments, a codebook with every item's text and an
 * explanation of the fields in the reader's language. Database ids mean
 * nothing outside this installation: partners appear as partner-1, partner-2, …
 */
export function toJson(
  results: { scanName: string; diagnosis: Diagnosis; comments: PublishedComments; rounds?: ReportRounds },
  locale: Locale,
  t: ExportTranslator,
  exportedAt: Date,
): string {
  const { scanName, diagnosis, comments, rounds } = results;
  const codebook = codebookTable(diagnosis.scan.variant, diagnosis.instrument.version, locale, t).rows.map((row) => ({
    id: row.itemId,
    kind: row.kind,
    section: row.section,
    text: row.text,
    scale: row.scale,
    favourableWhen: row.favourable || null,
  }));
  const json = JSON.stringify(
    {
      about: (["1", "2", "3", "4"] as const).map((key) => t(`export.jsonAbout.${key}`)),
      exportedAt: exportedAt.toISOString(),
      language: locale,
      scan: { name: scanName },
      diagnosis,
      comments,
      ...(rounds ? roundsJson(rounds, locale, t) : {}),
      codebook,
    },
    null,
    2,
  );
  const sequenced = diagnosis.partners.reduce(
    (text, partner, index) => text.replaceAll(`"${partner.id}"`, `"partner-${index + 1}"`),
    json,
  );
  return `${sequenced}\n`;
}
