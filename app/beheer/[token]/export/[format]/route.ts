import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DomainError } from "@/lib/server/errors";
import { PRIVATE_HEADERS, statusFor } from "@/lib/server/http";
import { log } from "@/lib/server/log";
import { consume } from "@/lib/server/rate-limit";
import { exportData } from "@/lib/server/results/export-scan";
import { exportReport } from "@/lib/server/results/report-pdf";
import { ZToken } from "@/lib/server/tokens";

const ZExportRequest = z.object({
  token: ZToken,
  format: z.enum(["pdf", "csv", "xlsx", "json"]),
  advisor: z.string().trim().max(120).optional(),
});

/** Downloads of the report and the data, for the holder of the management link only. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string; format: string }> },
): Promise<Response> {
  const t = await getTranslations("errors");
  const { token, format } = await params;
  const advisor = new URL(request.url).searchParams.get("adviseur") ?? undefined;
  const parsed = ZExportRequest.safeParse({ token, format, advisor: advisor === "" ? undefined : advisor });
  if (!parsed.success) return new Response(t("notFound"), { status: 404, headers: PRIVATE_HEADERS });
  try {
    await consume("export", parsed.data.token);
    const file =
      parsed.data.format === "pdf"
        ? await exportReport(parsed.data.token, parsed.data.advisor ?? null)
        : await exportData(parsed.data.token, parsed.data.format);
    log("info", "export.created", { format: parsed.data.format });
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
      },
    });
  } catch (error) {
    // Every refusal but the rate limit is "not found": a closed or foreign scan looks like no scan at all.
    if (error instanceof DomainError) {
      const key = error.messageKey === "rateLimited" ? "rateLimited" : "notFound";
      return new Response(t(key), { status: statusFor(key), headers: PRIVATE_HEADERS });
    }
    log("error", "export.failed", {
      format: parsed.data.format,
      error: error instanceof Error ? error.name : "unknown",
    });
    return new Response(t("unexpected"), { status: 500, headers: PRIVATE_HEADERS });
  }
}
