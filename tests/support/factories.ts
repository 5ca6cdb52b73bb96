import type { CreateNextRoundInput } from "../../lib/server/collaboration/create-next-round";
import { enterViaInvitation } from "../../lib/server/respond/invitation";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { type CreateScanInput, createScan } from "../../lib/server/scan/create-scan";
import { getManagementView } from "../../lib/server/scan/get-management-view";

/**
 * A scan as a manager would create it, with sensible defaults for tests:
 * group reporting, and room for 20 people per partner unless `invitedCounts` says otherwise; in the account of
 * `ownerUserId` if given, as when created while signed in.
 */
export async function makeScan(overrides: Partial<CreateScanInput> = {}, ownerUserId: string | null = null) {
  const partners = overrides.partners ?? ["Gemeente", "Zorgaanbieder", "Corporatie"];
  const defaults: CreateScanInput = {
    name: "Testsamenwerking",
    description: "",
    form: "partnership",
    phase: "functioning",
    collaborationType: null,
    variant: "quick",
    locale: "nl",
    anonymityThreshold: 3,
    reportingMode: "group",
    closesOn: null,
    showResultsToRespondents: true,
    partners,
    invitedCounts: partners.map(() => 20),
  };
  const { managementToken, scanId } = await createScan({ ...defaults, ...withoutUndefined(overrides) }, ownerUserId);
  const view = await getManagementView(managementToken);
  return { managementToken, scanId, view };
}

/** A respondent who entered through a partner's invitation link. */
export async function makeRespondent(
  inviteToken: string | null,
  role: "executive" | "manager" | "operational" | "other" = "manager",
) {
  if (inviteToken === null) throw new Error("This round's invitation links derive from another management link");
  return enterViaInvitation({ inviteToken, role });
}

function withoutUndefined<T extends object>(value: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/** The next round of a collaboration as a manager would start it: the quick scan, with the three usual partners. */
export function nextRoundInput(
  managementToken: string,
  overrides: Partial<CreateNextRoundInput> = {},
): CreateNextRoundInput {
  return {
    managementToken,
    afterRound: 1,
    form: "partnership",
    phase: "functioning",
    collaborationType: null,
    variant: "quick",
    locale: "nl",
    anonymityThreshold: 3,
    closesOn: null,
    showResultsToRespondents: true,
    partners: ["Gemeente", "Zorgaanbieder", "Corporatie"],
    invitedCounts: [20, 20, 20],
    ...overrides,
  };
}

/** `count` people of a partner who each agree at `level` (1–5) with two ambition statements both variants ask, and submit. */
export async function submitAmbition(inviteToken: string | null, level: number, count = 3): Promise<void> {
  for (let person = 0; person < count; person++) {
    const { token } = await makeRespondent(inviteToken);
    await saveResponses({
      token,
      answers: [
        { itemId: "ambition.shared-goal", value: level },
        { itemId: "ambition.inspiring", value: level },
      ],
      comments: [],
    });
    await submitResponse({ token });
  }
}
