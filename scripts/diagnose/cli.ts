import { z } from "zod";
import { ZVariant } from "../../content/schema";
import { diagnoseUnknown, ZScanInput } from "../../lib/scoring";
import { templateInput } from "../../lib/scoring/template";

/**
 * What `npm run diagnose` does, as a function of its arguments: testable in
 * the test process, while scripts/diagnose.ts only connects it to the real
 * file system, stdout, stderr and exit code.
 *   FILE.json             the diagnosis of a scan, as JSON
 *   --template quick|full a valid input to start from
 *   --schema              the JSON Schema of the input
 * Invalid input names what is wrong, field by field, and exits with 1.
 */
export type CliResult = { exitCode: 0 | 1; stdout: string; stderr: string };

const USAGE = "Usage: npm run diagnose -- FILE.json | --template quick|full | --schema";

const ok = (value: unknown): CliResult => ({ exitCode: 0, stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: "" });
const fail = (message: string): CliResult => ({ exitCode: 1, stdout: "", stderr: `${message}\n` });

export function diagnoseCli(args: readonly string[], readFile: (path: string) => string): CliResult {
  const [first, second] = args;
  if (first === "--template") {
    const variant = ZVariant.safeParse(second);
    return variant.success ? ok(templateInput(variant.data)) : fail("Usage: npm run diagnose -- --template quick|full");
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
  return ok(result.diagnosis);
}
