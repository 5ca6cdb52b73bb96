import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { makeRespondent, makeScan } from "../support/factories";
import { INTEGRATION_DATABASE_URL, IS_SQLITE } from "../support/integration-db";

/**
 * Overload gives latency, never errors. Another process holds the database's
 * write lock for seconds (as a script writing to the same file would): the
 * first save waits for the lock (SQLite's busy timeout; without it SQLite
 * answers "database is locked" at once, which the app reported as a 500), the
 * others queue behind it in the app, and every one of them is stored.
 */
const HOLD_MS = 3000;

/** A separate Node process that takes the write lock, says so, and releases it after `HOLD_MS`. */
function holdWriteLock() {
  const script = `
    const { createClient } = require("@libsql/client");
    const client = createClient({ url: ${JSON.stringify(INTEGRATION_DATABASE_URL)} });
    client.execute("BEGIN IMMEDIATE").then(() => {
      process.stdout.write("locked\\n");
      setTimeout(() => client.execute("COMMIT").then(() => client.close()), ${HOLD_MS});
    });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const locked = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return { locked, exited: once(child, "exit") };
}

describe.runIf(IS_SQLITE)("saving under overload", () => {
  it("queues saves while another process holds the write lock, and stores every one of them", async () => {
    const { view } = await makeScan();
    const partner = view.partners[0];
    const tokens = await Promise.all(
      Array.from({ length: 40 }, async () => (await makeRespondent(partner?.inviteToken ?? "")).token),
    );

    const lock = holdWriteLock();
    await lock.locked;
    // Each save writes two answers and the respondent's start: a transaction of its own.
    const outcomes = await Promise.allSettled(
      tokens.map((token) =>
        saveResponses({
          token,
          answers: [
            { itemId: "ambition.shared-goal", value: 4 },
            { itemId: "ambition.inspiring", value: 2 },
          ],
          comments: [],
        }),
      ),
    );
    await lock.exited;

    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toEqual([]);
    expect(await db.answer.count({ where: { respondent: { partnerId: partner?.id } } })).toBe(2 * tokens.length);
  });
});
