import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { createTranslator } from "use-intl/core";
import type { Locale } from "../../../content";
import en from "../../i18n/messages/en.json";
import nl from "../../i18n/messages/nl.json";
import type { Diagnosis } from "../../scoring/types";
import { Report } from "./report";

/** Renders the board report for a diagnosis, in-process, without a browser. */
export async function renderReport(
  diagnosis: Diagnosis,
  scanName: string,
  locale: Locale,
  advisor: string | null,
): Promise<Buffer> {
  const t = createTranslator({ locale, messages: locale === "nl" ? nl : en });
  const date = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" }).format(new Date());
  const translate = (key: string, values?: Record<string, string | number>) => t(key as "report.title", values);
  const document = createElement(Report, {
    diagnosis,
    scanName,
    locale,
    date,
    advisor,
    t: translate,
    signalText: (key, values) => t(`signals.${key}`, values),
  });
  // renderToBuffer expects a <Document> element; Report renders one.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
