import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZLocale } from "@/content";
import { type ActionDefinition, type ActionResult, lazyServerErrorTranslator, runAction } from "@/lib/server/action";
import type { ErrorMessageKey } from "@/lib/server/errors";
import { PRIVATE_HEADERS, statusFor, transportSecurityHeaders } from "@/lib/server/http";
import { log } from "@/lib/server/log";
import { type ExportFile, exportData } from "@/lib/server/results/export-scan";
import { exportSlides } from "@/lib/server/results/export-slides";
import { exportReport } from "@/lib/server/results/report-pdf";
import { typedText, ZRoundNumber } from "@/lib/server/scan/scan-fields";
import { ZManagementKey } from "@/lib/server/tokens";

const ZExportRequest = z.object({
  token: ZManagementKey,
  format: z.enum(["pdf", "pptx", "csv", "csv-analysis", "xlsx", "json"]),
  locale: ZLocale,
  advisor: typedText({ max: 120 }).optional(),
  /** The round; without one, the newest. */
  round: ZRoundNumber.optional(),
});

const exportAction: ActionDefinition<typeof ZExportRequest, ExportFile> = {
  name: "exportScan",
  schema: ZExportRequest,
  handler: ({ token, format, locale, advisor, round }) => {
    if (format === "pdf") return exportReport(token, locale, advisor ?? null, round ?? "latest");
    if (format === "pptx") return exportSlides(token, locale, advisor ?? null, round ?? "latest");
    return exportData(token, format, locale, round ?? "latest");
  },
  rateLimit: { limiter: "export", key: (input) => input.token },
  logFields: (input) => ({ format: input.format }),
};

/** The message for a fault in the advisor's name, the one thing typed here: the person can correct it. */
function advisorFault(result: ActionResult<unknown>): string | null {
  if (result.ok || result.code !== "invalidInput") return null;
  const faults = Object.entries(result.fieldErrors ?? {});
  return faults.length === 1 && faults[0]?.[0] === "advisor" ? (faults[0][1][0] ?? result.error) : null;
}

/** Every other refusal but the rate limit is "not found": a malformed, closed or foreign link looks like no scan at all. */
function refusal(code: ErrorMessageKey | "unexpected"): "rateLimited" | "unexpected" | "notFound" {
  return code === "rateLimited" || code === "unexpected" ? code : "notFound";
}

/**
 * Downloads of the report and the data, for the holder of the management
 * link only, in the language the person reads the results in (the locale
 * cookie), whatever the scan's own language.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string; format: string }> },
): Promise<Response> {
  const { token, format } = await params;
  const query = new URL(request.url).searchParams;
  const advisor = query.get("adviseur") ?? undefined;
  const round = query.get("ronde");
  const raw = {
    token,
    format,
    locale: await getLocale(),
    advisor: advisor === "" ? undefined : advisor,
    // A number as a number, anything else as it came, so the schema refuses it.
    round: round === null ? undefined : /^\d{1,6}$/.test(round) ? Number(round) : round,
  };
  const result = await runAction(exportAction, raw, lazyServerErrorTranslator);
  const security = await transportSecurityHeaders();
  if (!result.ok) {
    const fault = advisorFault(result);
    if (fault) return new Response(fault, { status: 400, headers: { ...PRIVATE_HEADERS, ...security } });
    const key = refusal(result.code);
    const t = await getTranslations("errors");
    return new Response(t(key), { status: statusFor(key), headers: { ...PRIVATE_HEADERS, ...security } });
  }
  const file = result.data;
  // The format passed the schema to get here: it is one of a few names, never user text.
  log("info", "export.created", { format });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      ...PRIVATE_HEADERS,
      ...security,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}
