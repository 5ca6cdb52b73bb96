import { Font, renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { Locale } from "../../../content";
import type { Diagnosis } from "../../scoring/types";
import type { PublishedComments } from "../comments-table";
import { exportContext } from "../context";
import type { ReportRounds } from "../rounds";
import { localeTag } from "../translator";
import { registerReportFont } from "./fonts";
import { Report } from "./report";

// Words are not hyphenated: the renderer's English rules break Dutch words in the wrong places.
Font.registerHyphenationCallback((word) => [word]);

/** Renders the board report in the reader's language, in-process, without a browser. */
export async function renderReport(
  results: { diagnosis: Diagnosis; comments: PublishedComments; scanName: string; rounds?: ReportRounds },
  locale: Locale,
  advisor: string | null,
): Promise<Buffer> {
  const date = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long" }).format(new Date());
  registerReportFont();
  const context = exportContext(results.diagnosis, locale);
  const document = createElement(Report, {
    context,
    comments: results.comments,
    rounds: results.rounds ?? null,
    scanName: results.scanName,
    date,
    advisor,
  });
  // renderToBuffer expects a <Document> element; Report renders one.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
