import { describe, expect, it } from "vitest";
import { ROLES } from "../../../content";
import { diagnose } from "../diagnose";
import { hiddenPartnerCellShare, realisticScan } from "../testing/realistic-scan";

/**
 * How much a realistic scan shows (see testing/realistic-scan.ts): over
 * twenty random scans none may hide 5 % of its partner cells or more, and the
 * executives must appear as a role group.
 */
describe("a realistic scan", () => {
  it("hides fewer than 5 % of the partner cells and shows the executives as a group", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const input = realisticScan(seed);
      expect(hiddenPartnerCellShare(input), `seed ${seed}`).toBeLessThan(0.05);
      const diagnosis = diagnose(input);
      expect(diagnosis.partners.every((partner) => partner.status === "shown")).toBe(true);
      expect(diagnosis.roles.map((role) => role.id)).toContain("executive");
    }
    expect(ROLES).toContain("executive");
  });
});
