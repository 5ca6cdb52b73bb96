/**
 * `npm run db:generate` (also run by `npm install` and `npm run build`):
 * derives prisma/postgres/schema.prisma from prisma/schema.prisma and
 * generates both Prisma clients, SQLite's and PostgreSQL's, which have the
 * same API.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run";
import { POSTGRES_SCHEMA_PATH, toPostgresSchema } from "./support/postgres-schema";

const POSTGRES_CLIENT_DIR = "node_modules/@samenwerkingsscan/prisma-postgres";

/**
 * A client generated outside `.prisma/client` gets a private copy of Prisma's
 * runtime, and with it its own error classes: `instanceof
 * Prisma.PrismaClientKnownRequestError` would then be false for every
 * PostgreSQL error. Point it at the shared runtime, as `.prisma/client` is.
 */
function shareRuntime(dir: string): void {
  let replaced = 0;
  for (const file of readdirSync(dir).filter((name) => /\.(js|d\.ts)$/.test(name))) {
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    const shared = text.replaceAll("'./runtime/", "'@prisma/client/runtime/");
    if (shared !== text) {
      writeFileSync(path, shared);
      replaced++;
    }
  }
  if (replaced === 0) throw new Error(`no reference to ./runtime/ in ${dir}: has Prisma changed how it generates?`);
  rmSync(join(dir, "runtime"), { recursive: true, force: true });
}

writeFileSync(POSTGRES_SCHEMA_PATH, toPostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
run("npx", ["prisma", "generate"], { CHECKPOINT_DISABLE: "1" });
run("npx", ["prisma", "generate", "--config", "prisma/postgres/prisma.config.ts"], { CHECKPOINT_DISABLE: "1" });
shareRuntime(POSTGRES_CLIENT_DIR);
