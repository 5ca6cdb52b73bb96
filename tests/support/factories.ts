import { enterViaInvitation } from "../../lib/server/respond/invitation";
import { type CreateScanInput, createScan } from "../../lib/server/scan/create-scan";
import { getManagementView } from "../../lib/server/scan/get-management-view";

/** A scan as a manager would create it, with sensible defaults for tests. */
export async function makeScan(overrides: Partial<CreateScanInput> = {}) {
  const { managementToken, scanId } = await createScan({
    name: "Testsamenwerking",
    description: "",
    form: "partnership",
    phase: "functioning",
    collaborationType: null,
    variant: "quick",
    locale: "nl",
    anonymityThreshold: 3,
    closesOn: null,
    showResultsToRespondents: true,
    partners: ["Gemeente", "Zorgaanbieder", "Corporatie"],
    ...overrides,
  });
  const view = await getManagementView(managementToken);
  return { managementToken, scanId, view };
}

/** A respondent who entered through a partner's invitation link. */
export async function makeRespondent(
  inviteToken: string,
  role: "executive" | "manager" | "operational" | "other" = "manager",
) {
  return enterViaInvitation({ inviteToken, role });
}
