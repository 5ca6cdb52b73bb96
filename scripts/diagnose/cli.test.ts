import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnoseCli } from "./cli";

/** A file system of the given files; any other path cannot be read. */
function files(contents: Record<string, string>) {
  return (path: string) => {
    const text = contents[path];
    if (text === undefined) throw new Error("ENOENT");
    return text;
  };
}

const noFiles = files({});

describe("npm run diagnose", () => {
  it("prints a template that it then diagnoses", () => {
    const template = diagnoseCli(["--template", "quick"], noFiles);
    expect(template.exitCode).toBe(0);
    const input = JSON.parse(template.stdout);
    expect(input.partners).toHaveLength(3);
    expect(input.respondents).toHaveLength(9);
    const result = diagnoseCli(["scan.json"], files({ "scan.json": template.stdout }));
    expect(result.exitCode).toBe(0);
    const diagnosis = JSON.parse(result.stdout);
    expect(diagnosis.lenses.map((lens: { score: number }) => lens.score)).toEqual([50, 50, 50, 50, 50]);
    for (const key of ["lenses", "paradoxes", "problems", "partners", "contested", "advice", "agenda"]) {
      expect(diagnosis).toHaveProperty(key);
    }
  });

  it("reads a version 1 scan with version 1's items and says which version it read", () => {
    const template = diagnoseCli(["--template", "full", "--version", "1"], noFiles);
    const input = JSON.parse(template.stdout);
    expect(input.instrument.version).toBe(1);
    expect(input.respondents[0].answers).toHaveProperty("organisation.contributions-clear");
    expect(input.respondents[0].answers).not.toHaveProperty("process.say-yes-go-own-way");
    const result = diagnoseCli(["old.json"], files({ "old.json": template.stdout }));
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("version 1");
    expect(result.stderr).toContain("63 statements");
    expect(JSON.parse(result.stdout).instrument.version).toBe(1);
    // A version 2 statement in a version 1 scan is not one of its items.
    input.respondents[0].answers["process.say-yes-go-own-way"] = 3;
    const mixed = diagnoseCli(["mixed.json"], files({ "mixed.json": JSON.stringify(input) }));
    expect(mixed.stderr).toContain("not an item of the full scan, version 1");
  });

  it("refuses an instrument version that does not exist", () => {
    const input = JSON.parse(diagnoseCli(["--template", "quick"], noFiles).stdout);
    input.instrument.version = 99;
    const result = diagnoseCli(["future.json"], files({ "future.json": JSON.stringify(input) }));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("instrument.version: the instrument has versions 1, 2");
  });

  it("names the offending field of invalid input and exits with 1", () => {
    const input = JSON.parse(diagnoseCli(["--template", "quick"], noFiles).stdout);
    input.respondents[4].answers["people.dominance"] = 9;
    const result = diagnoseCli(["bad.json"], files({ "bad.json": JSON.stringify(input) }));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("respondents[4].answers.people.dominance: value 9 is outside the item's scale");
  });

  it("explains a file that is not JSON, and one it cannot read", () => {
    const broken = diagnoseCli(["broken.json"], files({ "broken.json": "{ not json" }));
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toContain("broken.json is not valid JSON");
    const missing = diagnoseCli(["missing.json"], noFiles);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain("Cannot read missing.json");
  });

  it("shows how to use it when the arguments make no sense", () => {
    for (const args of [[], ["--unknown"], ["--template", "medium"], ["--template", "full", "--version", "7"]]) {
      const result = diagnoseCli(args, noFiles);
      expect(result.exitCode, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toMatch(/^Usage: npm run diagnose/);
    }
  });
});

describe("the documented JSON Schema", () => {
  it("is the one generated from the zod schema", () => {
    const generated = diagnoseCli(["--schema"], noFiles);
    const committed = readFileSync("docs/scan-input.schema.json", "utf8");
    expect(JSON.parse(committed)).toEqual(JSON.parse(generated.stdout));
  });
});
