import { renderReport } from "../../lib/export/pdf/render";
import { diagnose } from "../../lib/scoring";
import { largeScan } from "./diagnose";
import { medianMsAsync } from "./measure";

/** The board report for 10 partners and 200 respondents, rendered in-process (warm: after two unmeasured runs). */
export async function benchPdf(): Promise<Record<string, number>> {
  const diagnosis = diagnose(largeScan(200));
  let bytes = 0;
  const ms = await medianMsAsync(async () => {
    bytes = (await renderReport({ diagnosis, comments: {}, scanName: "Benchmark" }, "nl", "Adviseur")).length;
  }, 5);
  return { pdf_200_ms: ms, pdf_200_kb: Math.round(bytes / 1024) };
}
