import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { timeouts } from "./tests/support/timeouts.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
// One integration database per run, chosen here so that every worker process inherits it.
process.env.INTEGRATION_DATABASE_URL ??= `file:./data/integration-${process.pid}.db`;
const alias = {
  "@/": root,
  // `server-only` throws outside a React server build; tests run use cases directly.
  "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
};

export default defineConfig({
  test: {
    // The PostgreSQL pass of `npm test` reports apart, so its counts never mix with the SQLite pass's.
    reporters: [
      "default",
      [
        "json",
        {
          outputFile:
            process.env.TEST_DATABASE === "postgresql"
              ? "test-results/vitest-postgres.json"
              : "test-results/vitest.json",
        },
      ],
    ],
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["content/**/*.test.ts", "lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // Unit tests are pure (no module mocks, no environment changes), so they share workers and
          // modules instead of importing the content and scoring library afresh for every file: this
          // halves the CPU time of `npm run check`, the inner loop.
          pool: "threads",
          isolate: false,
          testTimeout: timeouts.unitTest,
          hookTimeout: timeouts.unitTest,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // One SQLite file for the run: files share it, so run them one after another.
          fileParallelism: false,
          testTimeout: timeouts.integrationTest,
          hookTimeout: timeouts.integrationTest,
        },
      },
    ],
  },
});
