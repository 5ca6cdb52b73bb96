import { diagnose, parseScanInput } from "../../lib/scoring";
import { buildScan, type GroupSpec } from "../../lib/scoring/testing/scan-builder";
import { medianMs } from "./measure";

/** A full scan with `respondents` spread over ten partners with different views. */
export function largeScan(respondents: number) {
  const perPartner = Math.ceil(respondents / 10);
  const groups: GroupSpec[] = Array.from({ length: 10 }, (_, index) => ({
    name: `Partner ${index + 1}`,
    respondents: Math.min(perPartner, respondents - index * perPartner),
    profile: { level: 1 + (index % 5), position: (index % 7) - 3, desired: 0, openness: 1 + (index % 5) },
  })).filter((group) => group.respondents > 0);
  return buildScan("full", groups);
}

export function benchDiagnose(): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const size of [10, 100, 1000, 10_000]) {
    const input = largeScan(size);
    figures[`diagnose_${size}_ms`] = medianMs(() => diagnose(input), size >= 10_000 ? 7 : 21);
  }
  const input = largeScan(1000);
  figures.parse_1000_ms = medianMs(() => parseScanInput(input), 11);
  return figures;
}
