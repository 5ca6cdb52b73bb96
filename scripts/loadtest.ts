/**
 * `npm run loadtest`: 200 respondents answer a full scan at the same time
 * against `next start` on 127.0.0.1 (bounded to two minutes), then against a
 * bare Node handler doing the same write. Prints throughput, latency, errors
 * and lost answers; exits non-zero when any acknowledged answer is lost or
 * any request failed. `-- --respondents N` and `-- --json` are accepted.
 */
import { measureSaveLoad } from "./load/measure-save-load";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const figures = await measureSaveLoad({
    respondents: option("respondents", 200),
    maxSeconds: option("max-seconds", 120),
  });
  if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
  else for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(28)} ${value}`);
  const failed = figures.save_answer_lost > 0 || figures.save_answer_errors > 0 || figures.save_answer_floor_lost > 0;
  if (failed) console.error("\nThe load test lost answers or had errors.");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
