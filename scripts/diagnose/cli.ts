import { z } from "zod";
import { instrument } from "../../content";
import { ZVariant } from "../../content/schema";
import { INSTRUMENT_VERSIONS, itemsForVariant } from "../../lib/instrument/items";
import { diagnoseUnknown, ZScanInput } from "../../lib/scoring";
import { templateInput } from "../../lib/scoring/template";

/**
 * What `npm run diagnose` does, as a function of its arguments: testable in
 * the test process, while scripts/diagnose.ts only connects it to the real
 * file system, stdout, stderr and exit code.
 *   FILE.json             the diagnosis of a scan, as JSON; stderr says which
 *                         instrument version and variant it read
 *   --template quick|full [--version N]
 *                         a valid input to start from (the current version by default)
 *   --schema              the JSON Schema of the input
 * Invalid input names what is wrong, field by field, and exits with 1. A scan
 * keeps the instrument version it started with: a version 1 export is read
 * with version 1's items.
 */
export type CliResult = { exitCode: 0 | 1; stdout: string; stderr: string };

const VERSIONS = INSTRUMENT_VERSIONS.join("|");
const USAGE = `Usage: npm run diagnose -- FILE.json | --template quick|full [--version ${VERSIONS}] | --schema`;

const ok = (value: unknown): CliResult => ({ exitCode: 0, stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: "" });
const fail = (message: string): CliResult => ({ exitCode: 1, stdout: "", stderr: `${message}\n` });

export function diagnoseCli(args: readonly string[], readFile: (path: string) => string): CliResult {
  const [first, second, third, fourth] = args;
  if (first === "--template") {
    const variant = ZVariant.safeParse(second);
    const version = third === "--version" ? Number(fourth) : third === undefined ? instrument.version : Number.NaN;
    return variant.success && INSTRUMENT_VERSIONS.includes(version)
      ? ok(templateInput(variant.data, version))
      : fail(`Usage: npm run diagnose -- --template quick|full [--version ${VERSIONS}]`);
  }
  if (first === "--schema") return ok(z.toJSONSchema(ZScanInput, { io: "input" }));
  if (!first || first.startsWith("--")) return fail(USAGE);

  let text: string;
  try {
    text = readFile(first);
  } catch {
    return fail(`Cannot read ${first}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(`${first} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = diagnoseUnknown(raw);
  if (!result.ok) {
    const issues = result.issues.map((issue) => `  ${issue.path || "(root)"}: ${issue.message}`).join("\n");
    return fail(`Invalid input in ${first}:\n${issues}`);
  }
  const { version } = result.diagnosis.instrument;
  const { variant } = result.diagnosis.scan;
  const statements = itemsForVariant(variant, version).filter((item) => item.kind === "statement").length;
  return {
    ...ok(result.diagnosis),
    stderr: `Read ${first}: instrument ${instrument.id} version ${version} (current: ${instrument.version}), ${variant} scan, ${statements} statements.\n`,
  };
}
