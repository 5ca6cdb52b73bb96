import type { Core } from "./core";
import type { ContestedStatement } from "./types";

const MAX_CONTESTED = 10;

/** The statements partners disagree on most: largest gap between partners first, then the widest spread. */
export function rankContested(core: Core): ContestedStatement[] {
  return core.statements
    .filter((statement) => statement.isContested)
    .sort((a, b) => (b.partnerGap ?? 0) - (a.partnerGap ?? 0) || (b.spread ?? 0) - (a.spread ?? 0))
    .slice(0, MAX_CONTESTED)
    .map((statement) => {
      const scores = core.partners.flatMap((partner) => {
        const score = partner.statements[statement.id];
        return typeof score === "number" ? [{ partnerId: partner.id, score }] : [];
      });
      const sorted = [...scores].sort((a, b) => b.score - a.score);
      return {
        statementId: statement.id,
        lensId: statement.lensId,
        partnerGap: statement.partnerGap,
        spread: statement.spread,
        isSplit: statement.isSplit,
        highest: sorted[0] ?? null,
        lowest: sorted.length > 1 ? (sorted[sorted.length - 1] ?? null) : null,
      };
    });
}
