import { AGREEMENT_LIMIT_POINTS, partnersDisagree } from "./agreement";
import type { Core } from "./core";
import type { ContestedStatement } from "./types";

const MAX_CONTESTED = 10;

/**
 * The statements partners disagree on most (see agreement.ts): largest gap
 * between partners first, then the widest spread. Each names the visible
 * partners with the highest and the lowest favourable score, with their
 * mean answer as the statement is worded, so a text can quote the figure
 * the way people answered.
 */
export function rankContested(core: Core): ContestedStatement[] {
  return core.statements
    .filter((statement) => statement.isContested)
    .sort((a, b) => (b.partnerGap ?? 0) - (a.partnerGap ?? 0) || (b.spread ?? 0) - (a.spread ?? 0))
    .slice(0, MAX_CONTESTED)
    .map((statement) => {
      const figures = core.partners.flatMap((partner) => {
        const score = partner.suppressed ? null : partner.statements[statement.id];
        const mean = partner.statementMeans[statement.id];
        return typeof score === "number" && typeof mean === "number" ? [{ partnerId: partner.id, score, mean }] : [];
      });
      const sorted = [...figures].sort((a, b) => b.score - a.score);
      return {
        statementId: statement.id,
        lensId: statement.lensId,
        partnerGap: statement.partnerGap,
        spread: statement.spread,
        isSplit: statement.isSplit,
        partnersDiffer: partnersDisagree(
          figures.map((figure) => figure.score),
          AGREEMENT_LIMIT_POINTS,
        ),
        highest: sorted[0] ?? null,
        lowest: sorted.length > 1 ? (sorted[sorted.length - 1] ?? null) : null,
      };
    });
}
