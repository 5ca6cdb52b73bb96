import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { PublishedComments } from "../comments-table";
import type { ExportContext } from "../context";
import { AgendaSection } from "./agenda-section";
import { BackgroundSection } from "./background-section";
import { Cover } from "./cover-page";
import { LensSection } from "./lens-section";
import { MethodSection } from "./method-section";
import { OverviewSection } from "./overview-section";
import { ParadoxSection } from "./paradox-section";
import { PartnersSection } from "./partners-section";
import { ProblemsSection } from "./problems-section";
import { styles } from "./styles";
import { SummaryPage } from "./summary-page";

/**
 * The board report: a cover, a one-page summary, then the lenses at a glance,
 * a section per lens (statements as worded, comments), the paradox profile,
 * where partners differ, the problems, the agenda, the background and the
 * method. After the summary the sections flow on, each heading kept with what
 * follows it, so no page is left nearly empty. One component per section, so
 * a section (actions, trends over rounds) can be added on its own.
 */
export type ReportProps = {
  context: ExportContext;
  comments: PublishedComments;
  scanName: string;
  date: string;
  advisor: string | null;
};

export function Report({ context, comments, scanName, date, advisor }: ReportProps) {
  const { t, locale } = context;
  const footer = (
    <View style={styles.footer} fixed>
      <Text>
        {t("report.title")} · {scanName}
      </Text>
      <Text render={({ pageNumber, totalPages }) => t("report.page", { page: pageNumber, pages: totalPages })} />
    </View>
  );
  return (
    <Document title={`${t("report.title")} – ${scanName}`} author={advisor ?? undefined} language={locale}>
      <Page size="A4" style={styles.page}>
        <Cover context={context} scanName={scanName} date={date} advisor={advisor} />
        {footer}
      </Page>
      <Page size="A4" style={styles.page}>
        <SummaryPage context={context} />
        {footer}
      </Page>
      <Page size="A4" style={styles.page}>
        <OverviewSection context={context} />
        <LensSection context={context} comments={comments} />
        <ParadoxSection context={context} />
        <PartnersSection context={context} />
        <ProblemsSection context={context} />
        <AgendaSection context={context} />
        <BackgroundSection context={context} />
        <MethodSection context={context} />
        {footer}
      </Page>
    </Document>
  );
}
