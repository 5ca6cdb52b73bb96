/**
 * The manager pastes the addresses of a partner's people: each gets a
 * personal link of their own by e-mail. The whole list is checked first, so
 * one bad entry changes nothing; addresses already invited to the round are
 * left alone rather than mailed twice.
 */
import "server-only";
import { z } from "zod";
import { findCollaborationForManager, findPartner, roundLinkSecret } from "../collaboration/access";
import { db } from "../db";
import { ClosedError, DomainError, EntriesError } from "../errors";
import { log } from "../log";
import { requireMailSettings } from "../mail/send-mail";
import { isScanClosed } from "../scan/access";
import { generateToken, hashToken, personalToken, ZManagementKey } from "../tokens";
import { MAX_ADDRESS_LIST_LENGTH, parseAddressList } from "./address-list";
import { deliver } from "./deliver";
import { removalToken } from "./removal-token";

export const ZInviteByEmailInput = z
  .object({
    managementToken: ZManagementKey,
    partnerId: z.string().min(1).max(40),
    addresses: z.string().max(MAX_ADDRESS_LIST_LENGTH, "tooLong"),
  })
  .strict();

export type InviteByEmailResult = { sent: number; failed: number; alreadyInvited: number };

/** `base` is the address links are built on (the request's or PUBLIC_BASE_URL). */
export async function inviteByEmail(
  input: z.infer<typeof ZInviteByEmailInput>,
  base: string,
): Promise<InviteByEmailResult> {
  const access = await findCollaborationForManager(input.managementToken);
  const { partner, scan } = await findPartner(access, input.partnerId);
  if (isScanClosed(scan)) throw new ClosedError();
  const linkSecret = roundLinkSecret(scan, access);
  if (scan.reportingMode === "self") throw new DomainError("selfAssessmentOnly");
  requireMailSettings();
  const list = parseAddressList(input.addresses);
  if (!list.ok) {
    if ("invalid" in list) throw new EntriesError("addressesInvalid", list.invalid.slice(0, 20));
    throw new DomainError("tooMany" in list ? "addressesTooMany" : "addressesEmpty");
  }
  const known = new Set(
    (
      await db.invitee.findMany({ where: { scanId: scan.id, email: { in: list.addresses } }, select: { email: true } })
    ).map((row) => row.email),
  );
  const fresh = list.addresses.filter((address) => !known.has(address));
  const deliveries = await db.$transaction(async (tx) => {
    const made = [];
    for (const email of fresh) {
      const respondent = await tx.respondent.create({
        data: {
          scanId: scan.id,
          partnerId: partner.id,
          // Shown to the manager instead of the address, should the address be deleted while the link lives on.
          label: scan.locale === "nl" ? "Uitgenodigd per e-mail" : "Invited by e-mail",
          isPersonalLink: true,
          tokenHash: hashToken(generateToken()),
        },
      });
      const token = personalToken(linkSecret, respondent.id, 0);
      await tx.respondent.update({ where: { id: respondent.id }, data: { tokenHash: hashToken(token) } });
      const removal = removalToken(linkSecret, respondent.id);
      const invitee = await tx.invitee.create({
        data: {
          scanId: scan.id,
          partnerId: partner.id,
          email,
          respondentId: respondent.id,
          removalTokenHash: hashToken(removal),
        },
      });
      made.push({
        inviteeId: invitee.id,
        email,
        partnerName: partner.name,
        personalToken: token,
        removalToken: removal,
      });
    }
    return made;
  });
  let sent = 0;
  for (const delivery of deliveries) {
    if (await deliver("invitation", scan, base, delivery)) sent += 1;
  }
  const result = { sent, failed: deliveries.length - sent, alreadyInvited: list.addresses.length - fresh.length };
  log("info", "invitations.sent", { scanId: scan.id, ...result });
  return result;
}
