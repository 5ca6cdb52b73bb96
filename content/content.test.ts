import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lenses, statements } from "./index";
import { LOCALES } from "./schema";

const seedOverlap = "../shared/tools/seed-overlap";

describe("content", () => {
  it("has unique statement ids", () => {
    const ids = statements.map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links every statement to an existing lens and one of its sub-themes", () => {
    for (const statement of statements) {
      const lens = lenses.find((candidate) => candidate.id === statement.lensId);
      expect(lens, statement.id).toBeDefined();
      expect(
        lens?.subThemes.map((subTheme) => subTheme.id),
        statement.id,
      ).toContain(statement.subThemeId);
    }
  });

  it("has every statement text in every language", () => {
    for (const statement of statements) {
      for (const locale of LOCALES) expect(statement.text[locale].length, statement.id).toBeGreaterThan(10);
    }
  });

  it("prefixes statement ids with their lens", () => {
    for (const statement of statements) expect(statement.id.startsWith(`${statement.lensId}.`)).toBe(true);
  });

  // The source texts live beside the repository (../shared); on a machine without them there is nothing to compare.
  it.skipIf(!existsSync(seedOverlap))("repeats no passage of the source texts word for word", () => {
    const run = () => execFileSync(seedOverlap, ["content", "app", "components", "lib"], { encoding: "utf8" });
    expect(run).not.toThrow();
  });
});
