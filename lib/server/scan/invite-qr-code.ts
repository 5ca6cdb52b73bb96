import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import type { Locale } from "../../../content";
import { findCollaborationForManager, findPartner, ZManagementKey } from "../collaboration/access";
import { partnerInviteToken } from "../collaboration/link-secrets";
import { NotFoundError } from "../errors";
import { qrCode } from "../qr";
import { fileSlug } from "../results/export-scan";

export const ZInviteQrInput = z
  .object({ managementToken: ZManagementKey, partnerId: z.string().min(1).max(40), format: z.enum(["png", "svg"]) })
  .strict();

export type QrFile = { body: string | Buffer; contentType: string; filename: string };

/**
 * The QR code of a partner's invitation link as an image to print or put on
 * a slide: PNG for a document, SVG to scale without blur. Only for those who
 * may change the collaboration, for a partner of one of its rounds; `link` builds
 * the invitation address the management page shows (in the scan's language).
 */
export async function inviteQrCode(
  input: z.infer<typeof ZInviteQrInput>,
  link: (inviteToken: string, locale: Locale) => string,
): Promise<QrFile> {
  const access = await findCollaborationForManager(input.managementToken);
  const { partner, scan } = await findPartner(access, input.partnerId);
  // The management page shows no invitation link it cannot derive, nor its QR code.
  const token = partnerInviteToken(scan, partner);
  if (token === null) throw new NotFoundError();
  const url = link(token, scan.locale);
  const filename = `qr-${fileSlug(partner.name)}.${input.format}`;
  if (input.format === "png") {
    const body = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 12 });
    return { body, contentType: "image/png", filename };
  }
  const { size, path } = qrCode(url);
  const body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 12}" height="${size * 12}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>\n`;
  return { body, contentType: "image/svg+xml", filename };
}
