import "server-only";
import { currentUser } from "../auth/session";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { isScanClosed } from "../scan/access";
import { type Attention, attentionFor } from "./attention";
import { isMemberRole, type MemberRole } from "./roles";

export type MyScan = {
  collaborationId: string;
  name: string;
  role: MemberRole;
  roundCount: number;
  latestRound: number;
  isLatestRoundOpen: boolean;
  /** Per partner of the newest round: completed questionnaires, and how many were invited if the manager said so. */
  partners: { name: string; submitted: number; invited: number | null }[];
  attention: Attention[];
};

/**
 * The collaborations the signed-in person may manage, newest first, each
 * with its newest round's response per partner and what needs attention.
 * Only counts of completed questionnaires: no answers, so no anonymity rule
 * is at stake (the management page shows the same counts).
 */
export async function listMyScans(now = new Date()): Promise<MyScan[]> {
  const user = await currentUser();
  if (!user) throw new NotFoundError();
  const memberships = await db.membership.findMany({
    where: { userId: user.id },
    include: {
      collaboration: {
        include: {
          rounds: {
            orderBy: { roundNumber: "desc" },
            take: 1,
            include: {
              partners: {
                orderBy: { position: "asc" },
                include: { _count: { select: { respondents: { where: { submittedAt: { not: null } } } } } },
              },
            },
          },
          _count: { select: { rounds: true } },
        },
      },
    },
    orderBy: { collaboration: { updatedAt: "desc" } },
  });
  return memberships.flatMap((membership) => {
    const { collaboration } = membership;
    const latest = collaboration.rounds[0];
    if (!latest || !isMemberRole(membership.role)) return [];
    const partners = latest.partners.map((partner) => ({
      name: partner.name,
      submitted: partner._count.respondents,
      invited: partner.invitedCount,
    }));
    const isOpen = !isScanClosed(latest, now);
    return [
      {
        collaborationId: collaboration.id,
        name: collaboration.name,
        role: membership.role,
        roundCount: collaboration._count.rounds,
        latestRound: latest.roundNumber,
        isLatestRoundOpen: isOpen,
        partners,
        attention: attentionFor({
          now,
          reportingMode: latest.reportingMode,
          anonymityThreshold: latest.anonymityThreshold,
          isRoundOpen: isOpen,
          closesAt: latest.closesAt,
          nextRoundDueOn: collaboration.nextRoundDueOn,
          partners,
        }),
      },
    ];
  });
}
