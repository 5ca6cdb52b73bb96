import { createClient } from "@libsql/client";
import { type LoadRespondent, lostAnswers, seedPopulation, storedAnswers } from "../load/population";
import { removeDatabase, scratchDatabaseUrl, startApp } from "../support/app-server";

/**
 * Kills the server (SIGKILL, no chance to flush anything) while respondents
 * are saving answers, starts it again on the same database and checks that
 * every answer the server acknowledged before the kill is stored, and that
 * the database is intact and still takes answers.
 */
export type CrashTestResult = { acknowledged: number; lost: number; integrity: string; savesAfterRestart: boolean };

async function saveOne(base: string, respondent: LoadRespondent, index: number): Promise<boolean> {
  const [itemId, value] = respondent.answers[index % respondent.answers.length] ?? ["", null];
  const response = await fetch(`${base}/api/r/${respondent.token}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: [{ itemId, value }] }),
  });
  return response.ok;
}

export async function runCrashTest(
  options = { respondents: 60, killAfterAcknowledged: 1500 },
): Promise<CrashTestResult> {
  const databaseUrl = scratchDatabaseUrl("crash");
  const app = await startApp({ databaseUrl, fresh: true });
  const population = await seedPopulation(databaseUrl, options.respondents);
  const acknowledged = new Map<string, number | null>();
  let killed = false;
  let kill: Promise<void> | undefined;

  // Every respondent saves answer after answer until the server dies under them.
  const savers = population.respondents.map(async (respondent) => {
    for (let index = 0; index < respondent.answers.length && !killed; index++) {
      try {
        if (await saveOne(app.base, respondent, index)) {
          const [itemId, value] = respondent.answers[index] ?? ["", null];
          acknowledged.set(`${respondent.id} ${itemId}`, value);
        }
      } catch {
        return; // the connection died with the server
      }
      if (!killed && acknowledged.size >= options.killAfterAcknowledged) {
        killed = true;
        kill = app.stop("SIGKILL");
      }
    }
  });
  await Promise.all(savers);
  if (!killed) await app.stop("SIGKILL");
  await kill;

  const restarted = await startApp({ databaseUrl, fresh: false });
  try {
    const stored = await storedAnswers(
      databaseUrl,
      population.respondents.map((respondent) => respondent.id),
    );
    const sqlite = createClient({ url: databaseUrl });
    const integrity = String((await sqlite.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    sqlite.close();
    const [first] = population.respondents;
    const savesAfterRestart = first ? await saveOne(restarted.base, first, 0) : false;
    return { acknowledged: acknowledged.size, lost: lostAnswers(acknowledged, stored), integrity, savesAfterRestart };
  } finally {
    await restarted.stop();
    removeDatabase(databaseUrl);
  }
}
