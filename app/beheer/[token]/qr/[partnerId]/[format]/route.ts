import { getTranslations } from "next-intl/server";
import { type ActionDefinition, lazyServerErrorTranslator, runAction } from "@/lib/server/action";
import { baseUrl, linkTo } from "@/lib/server/base-url";
import { downloadRefusal, fileDownload, PRIVATE_HEADERS, statusFor, transportSecurityHeaders } from "@/lib/server/http";
import { inviteQrCode, type QrFile, ZInviteQrInput } from "@/lib/server/scan/invite-qr-code";

/** A partner's invitation QR code as an image (PNG or SVG), for the holder of the management link only. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ token: string; partnerId: string; format: string }> },
): Promise<Response> {
  const { token, partnerId, format } = await params;
  const base = await baseUrl();
  const qrAction: ActionDefinition<typeof ZInviteQrInput, QrFile> = {
    name: "inviteQrCode",
    schema: ZInviteQrInput,
    handler: (input) => inviteQrCode(input, (invite, locale) => linkTo(base, `/i/${invite}`, locale)),
    rateLimit: { limiter: "manage", key: (input) => input.managementToken },
    logFields: (input) => ({ format: input.format }),
  };
  const result = await runAction(qrAction, { managementToken: token, partnerId, format }, lazyServerErrorTranslator);
  const security = await transportSecurityHeaders();
  if (!result.ok) {
    const key = downloadRefusal(result.code);
    const t = await getTranslations("errors");
    return new Response(t(key), { status: statusFor(key), headers: { ...PRIVATE_HEADERS, ...security } });
  }
  return fileDownload(result.data, security);
}
