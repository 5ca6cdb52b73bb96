/**
 * `npm run bench`: speed figures, printed one per line; `npm run bench -- --json`
 * prints them as one JSON object. Each figure is a median of repeated runs on
 * this machine, so compare figures from the same machine.
 */
import { benchDiagnose } from "./bench/diagnose";
import { benchPdf } from "./bench/pdf";
import { benchResults } from "./bench/server";

const asJson = process.argv.includes("--json");

async function main(): Promise<void> {
  const figures: Record<string, number | string> = {};
  const section = (name: string, values: Record<string, number | string>) => {
    Object.assign(figures, values);
    if (!asJson) {
      console.log(`\n${name}`);
      for (const [key, value] of Object.entries(values)) console.log(`  ${key.padEnd(28)} ${value}`);
    }
  };
  section("Diagnosis (lib/scoring, full scan, 10 partners)", benchDiagnose());
  section("PDF report (10 partners, 200 respondents)", await benchPdf());
  section("Results page (next start on 127.0.0.1, 1,000 respondents)", await benchResults());
  if (asJson) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
