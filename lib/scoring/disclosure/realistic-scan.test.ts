import { describe, expect, it } from "vitest";
import { ROLES } from "../../../content";
import { diagnose } from "../diagnose";
import { hiddenPartnerCellShare, realisticScan } from "../testing/realistic-scan";

/**
 * How much a realistic scan shows (see testing/realistic-scan.ts). A partner
 * with fewer answers on a statement than the threshold (three people, one
 * "weet niet") cannot show that statement: its figure would give one of the
 * two the other's answer. Everything else is shown: no partner is hidden on a
 * statement where it has enough answers (its few answers leave the figure
 * instead of a second partner being hidden), over twenty scans fewer than
 * 5 % of the partner cells are hidden, and the executives appear as a group.
 */
describe("a realistic scan", () => {
  it("hides a partner on a statement only where it has fewer answers than the threshold, fewer than 5 % overall", () => {
    let hidden = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const input = realisticScan(seed);
      hidden += hiddenPartnerCellShare(input);
      const diagnosis = diagnose(input);
      expect(diagnosis.partners.every((partner) => partner.status === "shown")).toBe(true);
      expect(diagnosis.roles.map((role) => role.id)).toContain("executive");
      for (const partner of diagnosis.partners) {
        for (const statement of diagnosis.statements) {
          if (partner.statements[statement.id] !== null) continue;
          const answers = input.respondents.filter(
            (respondent) => respondent.partnerId === partner.id && typeof respondent.answers[statement.id] === "number",
          ).length;
          expect(answers, `seed ${seed}, ${partner.id}, ${statement.id}`).toBeLessThan(diagnosis.threshold);
        }
      }
    }
    expect(hidden / 20).toBeLessThan(0.05);
    expect(ROLES).toContain("executive");
  });
});
