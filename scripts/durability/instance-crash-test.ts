import { createClient } from "@libsql/client";
import { type LoadRespondent, lostAnswers, seedPopulation, storedAnswers } from "../load/population";
import type { AppCluster } from "../support/app-cluster";

/**
 * Tests against several app instances behind the reverse proxy
 * (scripts/support/app-cluster.ts), on one database.
 *
 * The crash of one instance: respondents save answer after answer through
 * the proxy; once enough are acknowledged one instance is killed (SIGKILL).
 * A save the proxy could not deliver goes to the other instance; a save the
 * killed instance had received ends in 502, and the respondent sends it again
 * (the questionnaire retries a failed save the same way). Afterwards every
 * acknowledged answer is stored, every respondent finished, the database is
 * intact, and 502 is the only server error anyone saw.
 */
export type InstanceCrashResult = {
  acknowledged: number;
  expected: number;
  lost: number;
  /** Server errors other than the 502 of a save the killed instance took with it. */
  otherServerErrors: Record<string, number>;
  /** Saves answered 502 and sent again. */
  retried: number;
  /** Saves that never got an acknowledgement, even after retrying. */
  gaveUp: number;
  /** SQLite's `PRAGMA integrity_check` of the shared file ("ok" when intact); none on PostgreSQL. */
  integrity?: string;
};

const RETRIES = 20;
const RETRY_PAUSE_MS = 250;

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

export async function runInstanceCrashTest(
  cluster: AppCluster,
  databaseUrl: string,
  options = { respondents: 40, items: 20, killAfterAcknowledged: 300 },
): Promise<InstanceCrashResult> {
  const population = await seedPopulation(databaseUrl, options.respondents);
  const acknowledged = new Map<string, number | null>();
  const otherServerErrors: Record<string, number> = {};
  let retried = 0;
  let gaveUp = 0;
  let kill: Promise<void> | undefined;
  const victim = cluster.instances[0];

  const saveWithRetries = async (respondent: LoadRespondent, itemId: string, value: number | null) => {
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      try {
        const response = await post(`${cluster.base}/api/r/${respondent.token}/responses`, {
          answers: [{ itemId, value }],
        });
        await response.text();
        if (response.ok) {
          acknowledged.set(`${respondent.id} ${itemId}`, value);
          return;
        }
        if (response.status !== 502) {
          const kind = `HTTP ${response.status}`;
          if (response.status >= 500) otherServerErrors[kind] = (otherServerErrors[kind] ?? 0) + 1;
          else return; // refused: a bug the load test reports; not this test's question
        } else retried++;
      } catch {
        retried++; // the connection to the proxy failed: send again
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
    gaveUp++;
  };

  await Promise.all(
    population.respondents.map(async (respondent) => {
      for (const [itemId, value] of respondent.answers.slice(0, options.items)) {
        await saveWithRetries(respondent, itemId, value);
        if (!kill && acknowledged.size >= options.killAfterAcknowledged) kill = victim?.stop("SIGKILL");
      }
    }),
  );
  await kill;

  const stored = await storedAnswers(
    databaseUrl,
    population.respondents.map((respondent) => respondent.id),
  );
  let integrity: string | undefined;
  if (databaseUrl.startsWith("file:")) {
    const sqlite = createClient({ url: databaseUrl });
    integrity = String((await sqlite.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    sqlite.close();
  }
  return {
    acknowledged: acknowledged.size,
    expected: options.respondents * options.items,
    lost: lostAnswers(acknowledged, stored),
    otherServerErrors,
    retried,
    gaveUp,
    integrity,
  };
}

/**
 * The save limit of one respondent's link (300 a minute) counted across
 * instances: 300 saves spread over every instance, then one more at each,
 * which must be refused with the limit's message in the respondent's language.
 */
export async function runSharedLimitTest(
  cluster: AppCluster,
  databaseUrl: string,
): Promise<{ acceptedWithinLimit: number; refusals: { status: number; error: string }[] }> {
  const [respondent] = (await seedPopulation(databaseUrl, 1)).respondents;
  if (!respondent) throw new Error("no respondent was seeded");
  const [itemId, value] = respondent.answers[0] ?? ["", null];
  const save = (base: string, headers: Record<string, string> = {}) =>
    post(`${base}/api/r/${respondent.token}/responses`, { answers: [{ itemId, value }] }, headers);
  let acceptedWithinLimit = 0;
  // Ten at a time, as a questionnaire's saves may overlap; the count must still come out exact.
  for (let first = 0; first < 300; first += 10) {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, offset) => {
        const instance = cluster.instances[(first + offset) % cluster.instances.length];
        return instance ? save(instance.base) : undefined;
      }),
    );
    acceptedWithinLimit += responses.filter((response) => response?.ok).length;
  }
  const refusals: { status: number; error: string }[] = [];
  for (const [index, instance] of cluster.instances.entries()) {
    // Dutch by default; English for a browser that chose it.
    const response = await save(instance.base, index % 2 === 1 ? { cookie: "NEXT_LOCALE=en" } : {});
    const body = (await response.json()) as { error?: string };
    refusals.push({ status: response.status, error: body.error ?? "" });
  }
  return { acceptedWithinLimit, refusals };
}
