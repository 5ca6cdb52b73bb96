/**
 * `npm run bench`: speed figures, printed one per line; `npm run bench -- --json`
 * prints them as one JSON object. Builds the app when there is no build, and
 * starts and stops `next start` on 127.0.0.1 itself. Timings are medians of
 * repeated runs on this machine, so compare figures from the same machine.
 */

import { timeouts } from "../tests/support/timeouts";
import { benchDeployments } from "./bench/deployments";
import { benchDiagnose } from "./bench/diagnose";
import { benchDisclosure } from "./bench/disclosure";
import { firstLoadJsKb } from "./bench/first-load";
import { benchLighthouse } from "./bench/lighthouse";
import { benchPdf } from "./bench/pdf";
import { benchResults } from "./bench/server";
import { measureAppSaveLoad, measureFloorSaturation, saveLoadFigures } from "./load/measure-save-load";
import { ensureBuild } from "./support/app-server";

const asJson = process.argv.includes("--json");

async function main(): Promise<void> {
  const figures: Record<string, number | string> = {};
  const section = (name: string, values: Record<string, number | string>) => {
    Object.assign(figures, values);
    if (!asJson) {
      console.log(`\n${name}`);
      for (const [key, value] of Object.entries(values)) console.log(`  ${key.padEnd(32)} ${value}`);
    }
  };
  section("Diagnosis (lib/scoring, full scan, 10 partners)", benchDiagnose());
  section(
    "Anonymity on realistic scans (4 partners of 3–6 people, 5 % 'weet niet'; issue 14: < 5 % hidden, 0 exposed)",
    benchDisclosure(),
  );
  section("PDF report (10 partners, 200 respondents)", await benchPdf());
  ensureBuild();
  section("First-load JavaScript per route (gzip, KB; target for the questionnaire < 150)", firstLoadJsKb());
  section("Results page (next start on 127.0.0.1, 1,000 respondents)", await benchResults());
  const load = { respondents: 200, atRateSaves: 2400, boundMs: timeouts.durability };
  section(
    "Saving answers: 200 respondents, one save per 5 s each (40/s, Poisson; target p95 < 100 ms), then all at once (saturation), app vs bare Node floor (target: app ≥ 0.5 × floor)",
    saveLoadFigures(await measureAppSaveLoad(load), await measureFloorSaturation(load)),
  );
  const deployments = await benchDeployments({
    respondents: 200,
    atRateSaves: 1200,
    saturationItems: 26,
    boundMs: timeouts.durability,
  });
  Object.assign(figures, deployments.figures);
  if (!asJson) {
    console.log(
      "\nSide by side: results page with 1,000 respondents; 200 respondents saving at 40/s (1,200 saves), then 200 answering 26 items each at once",
    );
    const widths = deployments.header.map((_, column) =>
      Math.max(...[deployments.header, ...deployments.rows].map((row) => (row[column] ?? "").length)),
    );
    for (const row of [deployments.header, ...deployments.rows]) {
      console.log(
        `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join("   ")}`,
      );
    }
  }
  section(
    "Lighthouse, mobile (median of 3; targets: perf ≥ 95, a11y 100, best practices ≥ 95)",
    await benchLighthouse(),
  );
  if (asJson) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
