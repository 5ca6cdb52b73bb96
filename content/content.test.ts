import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { itemsForVariant } from "../lib/instrument/items";
import { validateContent } from "../lib/instrument/validate";
import {
  contextQuestions,
  failureFactors,
  instrument,
  LENS_IDS,
  lenses,
  paradoxes,
  problems,
  ROLES,
  statements,
  successConditions,
} from "./index";

const seedOverlap = "../shared/tools/seed-overlap";

describe("the instrument's content", () => {
  it("has the counts of the literature: 5 lenses, 12 paradoxes, 29 failure factors, 45 success conditions, 9 problems", () => {
    expect([lenses.length, paradoxes.length, failureFactors.length, successConditions.length, problems.length]).toEqual(
      [5, 12, 29, 45, 9],
    );
  });

  it("splits failure factors and success conditions over the disciplines as seed 002 does", () => {
    const count = (entries: readonly { discipline: string }[], discipline: string) =>
      entries.filter((entry) => entry.discipline === discipline).length;
    expect(["business", "organisation", "public", "social"].map((d) => count(failureFactors, d))).toEqual([
      6, 5, 5, 13,
    ]);
    expect(["business", "organisation", "public", "social"].map((d) => count(successConditions, d))).toEqual([
      11, 8, 12, 14,
    ]);
    expect(successConditions.filter((condition) => condition.appliesTo === "contract")).toHaveLength(5);
    expect(successConditions.filter((condition) => condition.appliesTo === "partnership")).toHaveLength(5);
  });

  it("resolves every reference and has no duplicate ids", () => {
    const report = validateContent();
    expect(report.unresolvedReferences).toEqual([]);
    expect(report.duplicateIds).toEqual([]);
  });

  it("measures every failure factor and success condition with a statement, or says why not", () => {
    const report = validateContent();
    expect(report.unmeasured).toEqual([]);
    expect(report.measuredButContextOnly).toEqual([]);
  });

  it("has every text in Dutch and English", () => {
    expect(validateContent().missingTranslations).toEqual([]);
  });

  it("has statements for every sub-theme of every lens", () => {
    expect(validateContent().subThemesWithoutStatements).toEqual([]);
  });

  it("asks about eight or more statements per lens in the full scan, with some reversed", () => {
    for (const lensId of LENS_IDS) {
      const lensStatements = statements.filter((statement) => statement.lensId === lensId);
      expect(lensStatements.length, lensId).toBeGreaterThanOrEqual(8);
      expect(
        lensStatements.some((statement) => statement.isReversed),
        lensId,
      ).toBe(true);
    }
  });

  it("prefixes statement ids with their lens and keeps ids lowercase and readable", () => {
    for (const statement of statements)
      expect(statement.id.startsWith(`${statement.lensId}.`), statement.id).toBe(true);
    const allIds = [...statements, ...paradoxes, ...failureFactors, ...successConditions, ...problems].map((e) => e.id);
    for (const id of allIds) expect(id, id).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
  });

  it("offers a respondent exactly the roles a response is stored with", () => {
    const roleOptions = contextQuestions.find((question) => question.id === "context.role")?.options;
    expect(roleOptions?.map((option) => option.id)).toEqual(ROLES.map((role) => `role.${role}`));
  });

  it("numbers the paradoxes 1 to 12 and places each in at least one phase", () => {
    expect(paradoxes.map((paradox) => paradox.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const paradox of paradoxes) expect(paradox.phases.length, paradox.id).toBeGreaterThan(0);
  });

  it("gives every problem 3 to 6 interventions and marks its signals as interpretation", () => {
    for (const problem of problems) {
      expect(problem.interventions.length, problem.id).toBeGreaterThanOrEqual(3);
      expect(problem.interventions.length, problem.id).toBeLessThanOrEqual(6);
      expect(problem.source.interpretation, problem.id).toBe(true);
    }
  });

  it("keeps the quick scan short: core statements of every lens plus the current paradox positions", () => {
    const quick = itemsForVariant("quick", instrument.version);
    for (const lensId of LENS_IDS) {
      expect(
        quick.filter((item) => item.kind === "statement" && item.lensId === lensId).length,
        lensId,
      ).toBeGreaterThanOrEqual(3);
    }
    expect(quick.filter((item) => item.kind === "paradox-position")).toHaveLength(12);
    expect(quick.length).toBeLessThanOrEqual(40);
  });

  it("measures every paradox three ways in the full scan", () => {
    const full = itemsForVariant("full", instrument.version);
    for (const paradox of paradoxes) {
      const ids = full.filter((item) => "paradox" in item && item.paradox.id === paradox.id).map((item) => item.id);
      expect(ids.sort()).toEqual([`${paradox.id}.current`, `${paradox.id}.desired`, `${paradox.id}.openness`]);
    }
  });

  it("gives every item id once per variant", () => {
    for (const variant of ["quick", "full"] as const) {
      const ids = itemsForVariant(variant, instrument.version).map((item) => item.id);
      expect(new Set(ids).size, variant).toBe(ids.length);
    }
  });

  it("asks the context the literature names: phase, form, form of collaboration, role, trust, motives", () => {
    expect(contextQuestions.map((question) => question.id).sort()).toEqual(
      [
        "context.collaboration-type",
        "context.form",
        "context.motives",
        "context.phase",
        "context.role",
        "context.tenure",
        "context.trust-mode",
      ].sort(),
    );
    expect(contextQuestions.find((question) => question.id === "context.collaboration-type")?.options).toHaveLength(15);
    expect(contextQuestions.find((question) => question.id === "context.trust-mode")?.options).toHaveLength(4);
  });

  it("keeps option codes unique within a question", () => {
    for (const question of contextQuestions) {
      const codes = question.options.map((option) => option.code);
      expect(new Set(codes).size, question.id).toBe(codes.length);
    }
  });

  it("names the instrument with an id and a version", () => {
    expect(instrument).toMatchObject({ id: "samenwerkingsscan", version: expect.any(Number) });
  });

  // The source texts live beside the repository (../shared); where they are absent there is nothing to compare.
  it.skipIf(!existsSync(seedOverlap))("repeats no passage of the source texts word for word", () => {
    const run = () => execFileSync(seedOverlap, ["content", "app", "components", "lib"], { encoding: "utf8" });
    expect(run).not.toThrow();
  });
});
