import { Agent, request } from "node:http";
import { seededRandom } from "../../lib/scoring/testing/seeded-random";
import { timeouts } from "../../tests/support/timeouts";
import { emptyOutcomes, recordAnswered, recordUnanswered, type SaveOutcomes } from "./outcomes";
import type { LoadRespondent } from "./population";

/**
 * The load real people produce: `respondents` people each save an answer
 * every `meanSecondsBetweenSaves` on average, independently of one another
 * and of how fast the server answers (an open loop: a slow answer does not
 * slow the arrivals, as it would not slow a person reading the next
 * question). Together that is a Poisson process of
 * respondents ÷ meanSecondsBetweenSaves saves per second; each arrival goes
 * to a respondent drawn at random, which splits it into one independent
 * Poisson process per respondent. The latency of these saves is what a
 * respondent waits for "saved".
 *
 * The amount of work is fixed (`saves` arrivals); `boundMs` only stops a run
 * that would never end. A seeded random generator makes runs repeatable.
 */
export type OpenLoopOptions = { saves: number; meanSecondsBetweenSaves: number; seed: number; boundMs: number };
export type OpenLoopResult = SaveOutcomes & { seconds: number; ratePerSecond: number; expected: number };

export async function runOpenLoop(
  base: string,
  respondents: LoadRespondent[],
  options: OpenLoopOptions,
): Promise<OpenLoopResult> {
  const ratePerSecond = respondents.length / options.meanSecondsBetweenSaves;
  const next = seededRandom(options.seed);
  const answered = new Map<string, number>();
  const outcomes = emptyOutcomes();
  // Kept-alive connections, as a browser keeps one open, enough that no save waits for a socket.
  // An idle one is closed after a second, well before the server's keep-alive timeout (5 s), so
  // the server never closes a connection just as a save is sent on it.
  const agent = new Agent({ keepAlive: true, maxSockets: respondents.length, timeout: 1000 });
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();

  const save = async (respondent: LoadRespondent): Promise<void> => {
    const position = answered.get(respondent.id) ?? 0;
    answered.set(respondent.id, position + 1);
    const [itemId, value] = respondent.answers[position % respondent.answers.length] ?? ["", null];
    const sentAt = performance.now();
    outcomes.sent++;
    try {
      const status = await post(agent, `${base}/api/r/${respondent.token}/responses`, {
        answers: [{ itemId, value }],
      });
      recordAnswered(outcomes, status, performance.now() - sentAt, [`${respondent.id} ${itemId}`, value]);
    } catch (error) {
      recordUnanswered(outcomes, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  };

  let arrivalAtMs = 0;
  for (let arrival = 0; arrival < options.saves; arrival++) {
    // Exponential gaps between arrivals make a Poisson process.
    arrivalAtMs += (-Math.log(1 - next()) / ratePerSecond) * 1000;
    if (arrivalAtMs > options.boundMs) {
      recordUnanswered(outcomes, "not sent within the bound");
      continue;
    }
    const waitMs = arrivalAtMs - (performance.now() - started);
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    const respondent = respondents[Math.floor(next() * respondents.length)];
    if (!respondent) continue;
    const request = save(respondent).finally(() => inFlight.delete(request));
    inFlight.add(request);
  }
  await Promise.all(inFlight);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  return {
    ...outcomes,
    seconds: Math.round(seconds * 10) / 10,
    ratePerSecond: Math.round((outcomes.sent / seconds) * 10) / 10,
    expected: options.saves,
  };
}

/** Posts JSON and resolves with the status once the whole answer has arrived. */
function post(agent: Agent, url: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const outgoing = request(
      url,
      {
        method: "POST",
        agent,
        // A save that gets no answer within this time counts as unanswered.
        timeout: timeouts.loadRequest,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (incoming) => {
        incoming.resume();
        incoming.once("end", () => resolve(incoming.statusCode ?? 0));
        incoming.once("error", reject);
      },
    );
    outgoing.once("timeout", () =>
      outgoing.destroy(Object.assign(new Error("no answer in time"), { code: "TIMEOUT" })),
    );
    outgoing.once("error", reject);
    outgoing.end(payload);
  });
}
