/**
 * `npm run diagnose`: the scoring library on the command line. The work is
 * done by scripts/diagnose/cli.ts; this file only connects it to the file
 * system and the terminal.
 */
import { readFileSync } from "node:fs";
import { diagnoseCli } from "./diagnose/cli";

const result = diagnoseCli(process.argv.slice(2), (path) => readFileSync(path, "utf8"));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
