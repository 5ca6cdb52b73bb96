import { describe, expect, it } from "vitest";
import { answersByRespondentQuery, databaseProvider } from "./db-dialect";

describe("databaseProvider", () => {
  it.each([
    ["file:./data/app.db", "sqlite"],
    ["postgresql://scan:secret@db.internal:5432/scan", "postgresql"],
    ["postgres://localhost/scan", "postgresql"],
    ["POSTGRESQL://localhost/scan", "postgresql"],
  ] as const)("reads %s as %s", (url, provider) => {
    expect(databaseProvider(url)).toBe(provider);
  });

  it("refuses a URL of another database with a message that names both choices", () => {
    expect(() => databaseProvider("mysql://localhost/scan")).toThrow(/file:.*postgresql:/);
  });
});

describe("answersByRespondentQuery", () => {
  it("passes the scan id as a parameter in both dialects, never inside the SQL", () => {
    for (const provider of ["sqlite", "postgresql"] as const) {
      const query = answersByRespondentQuery(provider, "scan'; DROP TABLE x; --");
      expect(query.values).toEqual(["scan'; DROP TABLE x; --"]);
      expect(query.sql).not.toContain("DROP TABLE");
    }
  });
});
