import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA_PATH, toPostgresSchema } from "./postgres-schema";

describe("the PostgreSQL schema", () => {
  it("is exactly the SQLite schema with another provider, URL and client output (run `npm run db:generate`)", () => {
    const source = readFileSync("prisma/schema.prisma", "utf8");
    expect(readFileSync(POSTGRES_SCHEMA_PATH, "utf8")).toBe(toPostgresSchema(source));
  });

  it("changes nothing in the models", () => {
    const source = readFileSync("prisma/schema.prisma", "utf8");
    const models = (schema: string) => schema.slice(schema.indexOf("\nmodel "));
    expect(models(toPostgresSchema(source))).toBe(models(source));
  });

  it("refuses a source whose provider it cannot find", () => {
    expect(() => toPostgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/exactly once/);
  });
});
