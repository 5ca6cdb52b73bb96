/**
 * Creates a migration from changes to prisma/schema.prisma:
 *   npm run db:migrate -- --name add-something
 * `migrate dev` fails on a brand-new database ("no such table:
 * _prisma_migrations"), so the existing migrations are deployed first.
 */
import { run } from "./run";

run("npx", ["prisma", "migrate", "deploy"], { CHECKPOINT_DISABLE: "1" });
run("npx", ["prisma", "migrate", "dev", ...process.argv.slice(2)], { CHECKPOINT_DISABLE: "1" });
