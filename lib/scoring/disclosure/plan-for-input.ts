import type { ScanInput } from "../input";
import { planRelease } from "./plan-release";
import type { DisclosurePlan } from "./types";

/** The disclosure plan for a scan as `diagnose` receives it: its respondents, earlier releases and settings. */
export function planForInput(input: ScanInput): DisclosurePlan {
  return planRelease(
    input.respondents.map((respondent) => ({
      id: respondent.id,
      partnerId: respondent.partnerId,
      role: respondent.role,
      release: respondent.release,
    })),
    input.releases,
    { threshold: input.scan.anonymityThreshold, mode: input.scan.reportingMode },
  );
}
