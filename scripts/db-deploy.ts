/**
 * Applies the checked-in migrations to the database in DATABASE_URL (created
 * on first run). `npm start` and `npm run dev` call it, so the app always
 * starts on an up-to-date schema.
 */
import { env } from "../lib/env";
import { run } from "./run";

try {
  env();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
run("npx", ["prisma", "migrate", "deploy"], { CHECKPOINT_DISABLE: "1" });
