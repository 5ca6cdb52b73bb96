import { instrument, type Role, statements } from "../../../content";
import { isAskedIn } from "../../instrument/items";
import { diagnose } from "../diagnose";
import type { ScanInput } from "../input";
import { generateScan, type PartnerSpec } from "./scenarios/generate";
import { seededRandom } from "./seeded-random";

/**
 * A scan as one meets it: four partners of three to six people, one or two
 * executives each, statements that differ in how well they go (a mean
 * between 2.8 and 4.2 on 1–5), people who scatter around that, a few
 * "weet niet", and on three statements one partner that really sees it a
 * step and more worse than the others. Used to check what the anonymity
 * rules hide and how many statements come out contested.
 */
export function realisticScan(seed: number, version: number = instrument.version): ScanInput {
  const next = seededRandom(seed);
  const asked = statements.filter((statement) => isAskedIn(statement, version));
  const levels = Object.fromEntries(asked.map((statement) => [statement.id, 2.8 + next() * 1.4]));
  const differing = Array.from({ length: 3 }, () => asked[Math.floor(next() * asked.length)]?.id ?? "");
  const partners: PartnerSpec[] = Array.from({ length: 4 }, (_, index) => {
    const size = 3 + Math.floor(next() * 4);
    const executives = 1 + Math.floor(next() * 2);
    const roles: Role[] = Array.from({ length: size }, (_, person) =>
      person < executives ? "executive" : next() < 0.6 ? "manager" : "operational",
    );
    const own = differing.filter((_, at) => at % 4 === index);
    return {
      name: `Partner ${index + 1}`,
      size,
      roles,
      levels: Object.fromEntries(own.map((id) => [id, (levels[id] ?? 3.5) - 1.5])),
    };
  });
  return generateScan({ variant: "full", version, levels, partners, noise: 0.8, dontKnow: 0.05 }, seed);
}

export function hiddenPartnerCellShare(input: ScanInput): number {
  const diagnosis = diagnose(input);
  const cells = diagnosis.partners.flatMap((partner) =>
    diagnosis.statements.map((statement) => partner.statements[statement.id] ?? null),
  );
  return cells.filter((cell) => cell === null).length / cells.length;
}
