import { Font, renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { Locale } from "../../../content";
import type { Diagnosis } from "../../scoring/types";
import type { PublishedComments } from "../comments-table";
import { exportContext } from "../context";
import type { ReportRounds } from "../rounds";
import { type ExportTranslator, localeTag } from "../translator";
import { Report } from "./report";

/**
 * The report uses the PDF's built-in Helvetica (no font files, no network),
 * which covers Dutch accents but not every sign: the minus sign (U+2212) of
 * "−3 … +3" would vanish, and so would the arrow of "62 → 70". Messages are
 * written with them for the screen; here they become "-" and "->".
 */
function withStandardFontText(t: ExportTranslator): ExportTranslator {
  const translate = (...args: Parameters<ExportTranslator>) =>
    t(...args)
      .replace(/\u2212/g, "-")
      .replace(/\u2192/g, "->");
  return Object.assign(translate, t) as ExportTranslator;
}

// Words are not hyphenated: the renderer's English rules break Dutch words in the wrong places.
Font.registerHyphenationCallback((word) => [word]);

/** Renders the board report in the reader's language, in-process, without a browser. */
export async function renderReport(
  results: { diagnosis: Diagnosis; comments: PublishedComments; scanName: string; rounds?: ReportRounds },
  locale: Locale,
  advisor: string | null,
): Promise<Buffer> {
  const date = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long" }).format(new Date());
  const context = exportContext(results.diagnosis, locale);
  const document = createElement(Report, {
    context: { ...context, t: withStandardFontText(context.t) },
    comments: results.comments,
    rounds: results.rounds ?? null,
    scanName: results.scanName,
    date,
    advisor,
  });
  // renderToBuffer expects a <Document> element; Report renders one.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
