import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateScanForm } from "@/components/scan/create-scan-form";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";
import { getManagementView } from "@/lib/server/scan/get-management-view";
import { scanFormChoices } from "../../../../scans/nieuw/form-choices";
import { createNextRoundAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage");
  return { title: t("nextRoundStart"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The next round of a collaboration, starting from the newest round's settings and partners. */
export default async function NextRoundPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadForManagerOrNotFound(token, (valid) => getManagementView(valid, "latest"));
  const t = await getTranslations("create");
  const round = view.round + 1;
  return (
    <>
      <h1>{t("nextRoundTitle", { round, name: view.name })}</h1>
      <p className="muted">{t("nextRoundLead")}</p>
      <CreateScanForm
        action={createNextRoundAction}
        nextRound={{
          managementToken: token,
          round,
          reportingModeLabel: t(`reportingModes.${view.reportingMode}.label`),
          closesPrevious: !view.isClosed,
        }}
        initial={{
          name: view.name,
          description: view.description,
          form: view.form,
          phase: view.phase,
          collaborationType: view.collaborationType,
          variant: view.variant,
          locale: view.locale,
          anonymityThreshold: view.anonymityThreshold,
          reportingMode: view.reportingMode,
          partners: view.partners.map((partner) => ({ name: partner.name, invitedCount: partner.invitedCount })),
        }}
        {...(await scanFormChoices())}
      />
    </>
  );
}
