import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionDefinition, lazyServerErrorTranslator, runAction } from "@/lib/server/action";
import type { ErrorMessageKey } from "@/lib/server/errors";
import { PRIVATE_HEADERS, statusFor } from "@/lib/server/http";
import { log } from "@/lib/server/log";
import { type ExportFile, exportData } from "@/lib/server/results/export-scan";
import { exportReport } from "@/lib/server/results/report-pdf";
import { ZToken } from "@/lib/server/tokens";

const ZExportRequest = z.object({
  token: ZToken,
  format: z.enum(["pdf", "csv", "xlsx", "json"]),
  advisor: z.string().trim().max(120).optional(),
});

const exportAction: ActionDefinition<typeof ZExportRequest, ExportFile> = {
  name: "exportScan",
  schema: ZExportRequest,
  handler: ({ token, format, advisor }) =>
    format === "pdf" ? exportReport(token, advisor ?? null) : exportData(token, format),
  rateLimit: { limiter: "export", key: (input) => input.token },
  logFields: (input) => ({ format: input.format }),
};

/** Every refusal but the rate limit is "not found": a malformed, closed or foreign link looks like no scan at all. */
function refusal(code: ErrorMessageKey | "unexpected"): "rateLimited" | "unexpected" | "notFound" {
  return code === "rateLimited" || code === "unexpected" ? code : "notFound";
}

/** Downloads of the report and the data, for the holder of the management link only. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string; format: string }> },
): Promise<Response> {
  const { token, format } = await params;
  const advisor = new URL(request.url).searchParams.get("adviseur") ?? undefined;
  const raw = { token, format, advisor: advisor === "" ? undefined : advisor };
  const result = await runAction(exportAction, raw, lazyServerErrorTranslator);
  if (!result.ok) {
    const key = refusal(result.code);
    const t = await getTranslations("errors");
    return new Response(t(key), { status: statusFor(key), headers: PRIVATE_HEADERS });
  }
  const file = result.data;
  // The format passed the schema to get here: it is one of four names, never user text.
  log("info", "export.created", { format });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}
