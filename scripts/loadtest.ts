/**
 * `npm run loadtest`: the save load test against `next start` on 127.0.0.1
 * (200 respondents at the rate people produce, then 200 answering as fast as
 * the server takes it), then saturation against a bare Node handler doing the
 * same write. Prints throughput, latency, failures and the server's memory;
 * exits non-zero when a save got no answer or a server error, or an answer
 * was refused or lost. `-- --respondents N`, `-- --saves-at-rate N` and
 * `-- --json` are accepted.
 */
import { timeouts } from "../tests/support/timeouts";
import {
  measureAppSaveLoad,
  measureFloorSaturation,
  saveLoadFailures,
  saveLoadFigures,
} from "./load/measure-save-load";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const options = {
    respondents: option("respondents", 200),
    atRateSaves: option("saves-at-rate", 2400),
    boundMs: timeouts.durability,
  };
  const app = await measureAppSaveLoad(options);
  const floor = await measureFloorSaturation(options);
  const figures = saveLoadFigures(app, floor);
  if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
  else for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(32)} ${value}`);
  const failures = [saveLoadFailures(app.atRate), saveLoadFailures(app.saturation), saveLoadFailures(floor)];
  const failed = failures.some((entry) => entry.unanswered + entry.serverErrors + entry.refusedOrLost > 0);
  if (failed) console.error("\nThe load test had saves without an answer, server errors, or refused or lost answers.");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
