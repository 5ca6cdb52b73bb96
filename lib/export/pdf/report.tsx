import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { PublishedComments } from "../comments-table";
import type { ExportContext } from "../context";
import type { ReportRounds } from "../rounds";
import { ActionsSection } from "./actions-section";
import { AgendaSection } from "./agenda-section";
import { BackgroundSection } from "./background-section";
import { ChangeSection } from "./change-section";
import { Cover } from "./cover-page";
import { LensSection } from "./lens-section";
import { MethodSection } from "./method-section";
import { OverviewSection } from "./overview-section";
import { ParadoxSection } from "./paradox-section";
import { PartnersSection } from "./partners-section";
import { ProblemsSection } from "./problems-section";
import { ReviewSection } from "./review-section";
import { styles } from "./styles";
import { SummaryPage } from "./summary-page";

/**
 * The board report: a cover, a one-page summary, then the lenses at a glance,
 * a section per lens (statements as worded, comments), the paradox profile,
 * where partners differ, the problems, the agenda, the background and the
 * method. From round 2 on the review of the previous round's actions and the
 * change since that round follow the overview; the actions agreed on this
 * round follow the agenda. After the summary the sections flow on, each heading kept with what
 * follows it, so no page is left nearly empty. One component per section, so
 * a section (actions, trends over rounds) can be added on its own.
 */
export type ReportProps = {
  context: ExportContext;
  comments: PublishedComments;
  /** The round's place among the rounds: the change since the previous one, the review and the agreed actions. */
  rounds: ReportRounds | null;
  scanName: string;
  date: string;
  advisor: string | null;
};

export function Report({ context, comments, rounds, scanName, date, advisor }: ReportProps) {
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
        {rounds?.review ? <ReviewSection context={context} reviews={rounds.review} round={rounds.round} /> : null}
        {rounds?.change ? <ChangeSection context={context} change={rounds.change} /> : null}
        <LensSection context={context} comments={comments} />
        <ParadoxSection context={context} />
        <PartnersSection context={context} />
        <ProblemsSection context={context} />
        <AgendaSection context={context} />
        {rounds ? <ActionsSection context={context} actions={rounds.actions} /> : null}
        <BackgroundSection context={context} />
        <MethodSection context={context} />
        {footer}
      </Page>
    </Document>
  );
}
