import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnoseCli } from "../../scripts/diagnose/cli";
import { timeouts } from "../support/timeouts";

/**
 * The command itself, once: it connects scripts/diagnose/cli.ts (tested in
 * process next to it) to files, stdout, stderr and the exit code. Starting
 * tsx takes seconds on a busy machine, hence the generous timeout.
 */
describe("the diagnose command", () => {
  it(
    "reads the file it is given, prints the diagnosis and exits with 0; bad input exits with 1",
    () => {
      const folder = mkdtempSync(join(tmpdir(), "diagnose-"));
      const good = join(folder, "scan.json");
      writeFileSync(good, diagnoseCli(["--template", "quick"], () => "").stdout);
      const bad = join(folder, "bad.json");
      writeFileSync(bad, "{ not json");
      const run = (file: string) =>
        spawnSync(process.execPath, ["--import", "tsx", "scripts/diagnose.ts", file], { encoding: "utf8" });

      const success = run(good);
      expect(success.status).toBe(0);
      expect(JSON.parse(success.stdout).lenses).toHaveLength(5);
      const failure = run(bad);
      expect(failure.status).toBe(1);
      expect(failure.stdout).toBe("");
      expect(failure.stderr).toContain("is not valid JSON");
    },
    timeouts.integrationTest,
  );
});
