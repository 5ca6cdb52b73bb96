/**
 * The scoring library on the command line.
 *   npm run diagnose -- FILE.json            the diagnosis of a scan, as JSON
 *   npm run diagnose -- --template quick     a valid input to start from (quick|full)
 *   npm run diagnose -- --schema             the JSON Schema of the input
 * Invalid input prints what is wrong, field by field, and exits with 1.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ZVariant } from "../content/schema";
import { diagnoseUnknown, ZScanInput } from "../lib/scoring";
import { templateInput } from "../lib/scoring/template";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const [first, second] = args;

if (first === "--template") {
  const variant = ZVariant.safeParse(second);
  if (!variant.success) fail("Usage: npm run diagnose -- --template quick|full");
  console.log(JSON.stringify(templateInput(variant.data), null, 2));
} else if (first === "--schema") {
  console.log(JSON.stringify(z.toJSONSchema(ZScanInput, { io: "input" }), null, 2));
} else if (first && !first.startsWith("--")) {
  let text: string;
  try {
    text = readFileSync(first, "utf8");
  } catch {
    fail(`Cannot read ${first}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(`${first} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = diagnoseUnknown(raw);
  if (!result.ok) {
    fail(
      `Invalid input in ${first}:\n${result.issues.map((issue) => `  ${issue.path || "(root)"}: ${issue.message}`).join("\n")}`,
    );
  }
  console.log(JSON.stringify(result.diagnosis, null, 2));
} else {
  fail("Usage: npm run diagnose -- FILE.json | --template quick|full | --schema");
}
