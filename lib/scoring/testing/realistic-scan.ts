import type { Role } from "../../../content";
import { diagnose } from "../diagnose";
import type { ScanInput } from "../input";
import { buildScan } from "./scan-builder";
import { seededRandom } from "./seeded-random";

export function realisticScan(seed: number): ScanInput {
  const next = seededRandom(seed);
  const groups = Array.from({ length: 4 }, (_, index) => {
    const size = 3 + Math.floor(next() * 4);
    const executives = 1 + Math.floor(next() * 2);
    const roles: Role[] = Array.from({ length: size }, (_, person) =>
      person < executives ? "executive" : next() < 0.6 ? "manager" : "operational",
    );
    return { name: `Partner ${index + 1}`, respondents: size, roles, profile: { level: 2 + Math.floor(next() * 3) } };
  });
  const input = buildScan("full", groups);
  return {
    ...input,
    respondents: input.respondents.map((respondent) => ({
      ...respondent,
      answers: Object.fromEntries(
        Object.entries(respondent.answers).map(([itemId, value]) => [itemId, next() < 0.05 ? null : value]),
      ),
    })),
  };
}

export function hiddenPartnerCellShare(input: ScanInput): number {
  const diagnosis = diagnose(input);
  const cells = diagnosis.partners.flatMap((partner) =>
    diagnosis.statements.map((statement) => partner.statements[statement.id] ?? null),
  );
  return cells.filter((cell) => cell === null).length / cells.length;
}
