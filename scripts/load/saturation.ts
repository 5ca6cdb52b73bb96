import autocannon from "autocannon";
import { timeouts } from "../../tests/support/timeouts";
import { emptyOutcomes, recordAnswered, recordUnanswered, type SaveOutcomes, total } from "./outcomes";
import type { LoadRespondent } from "./population";

/**
 * Saturation: every respondent answers their whole questionnaire at once,
 * each save sent the moment the previous one was answered (a closed loop, as
 * fast as the server allows). It measures the server's capacity; its latency
 * is queueing time (about the number of waiting requests divided by the
 * throughput), not what a person feels. That is `open-loop.ts`'s figure.
 *
 * The questionnaire is answered in phases of a few dozen items (a step or
 * two, after which a person pauses and the browser opens a new connection);
 * in each phase every autocannon connection is one respondent. One
 * keep-alive connection carrying a respondent's every answer for minutes is
 * an artefact of a load generator, and Node's HTTP server drops such
 * connections mid-request (nodejs/node#58140).
 *
 * The amount of work is fixed: every answer of every respondent is sent,
 * however long that takes, up to `boundMs`. Nothing here judges speed.
 */
export type SaturationResult = SaveOutcomes & { seconds: number; expected: number };

/**
 * `sent` is the answer this connection wrote last. The response is tied to it,
 * not to the request entry autocannon reports: after a connection ends
 * mid-request autocannon reconnects with the next entry but reports the next
 * response under the abandoned one, which would count an answer the server
 * never received as acknowledged.
 */
type Context = { respondent?: LoadRespondent; sent?: { respondentId: string; itemId: string; value: number | null } };

const ITEMS_PER_PHASE = 26;

export async function runSaturation(
  base: string,
  respondents: LoadRespondent[],
  options: { boundMs: number },
): Promise<SaturationResult> {
  const itemCount = respondents[0]?.answers.length ?? 0;
  const outcomes = emptyOutcomes();
  const started = Date.now();

  for (let first = 0; first < itemCount; first += ITEMS_PER_PHASE) {
    const remainingMs = options.boundMs - (Date.now() - started);
    if (remainingMs <= 0) break;
    const phaseItems = Math.min(ITEMS_PER_PHASE, itemCount - first);
    let nextRespondent = 0;
    const requests = Array.from({ length: phaseItems }, (_, offset) => {
      const itemIndex = first + offset;
      return {
        method: "POST" as const,
        setupRequest: (request: autocannon.Request, context: Context) => {
          if (offset === 0) context.respondent = respondents[nextRespondent++ % respondents.length];
          const respondent = context.respondent;
          if (!respondent) return request;
          const [itemId, value] = respondent.answers[itemIndex] ?? ["", null];
          context.sent = { respondentId: respondent.id, itemId, value };
          return {
            ...request,
            path: `/api/r/${respondent.token}/responses`,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ answers: [{ itemId, value }] }),
          };
        },
        onResponse: (status: number, _body: string, context: Context) => {
          const sent = context.sent;
          context.sent = undefined;
          if (status >= 200 && status < 300 && sent) {
            outcomes.acknowledgedAnswers.set(`${sent.respondentId} ${sent.itemId}`, sent.value);
          }
        },
      };
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: respondents.length,
          maxConnectionRequests: phaseItems,
          requests,
          // A save that gets no answer within this time counts as unanswered.
          timeout: timeouts.loadRequest / 1000,
          // Never the reason a phase ends: every connection stops after its phase's items.
          duration: Math.ceil(remainingMs / 1000) + 60,
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on("response", (_client, status, _bytes, responseTime) => {
        recordAnswered(outcomes, status, responseTime);
      });
      instance.on("reqError", (error: NodeJS.ErrnoException) =>
        recordUnanswered(outcomes, error.code ?? error.message),
      );
      timer = setTimeout(() => instance.stop(), remainingMs);
    });
    clearTimeout(timer);
    outcomes.sent += result.requests.sent;
  }

  const expected = respondents.reduce((sum, respondent) => sum + respondent.answers.length, 0);
  // Answers never sent (the bound ran out, or a connection died mid-phase) got no answer either.
  const accounted =
    outcomes.acknowledged + total(outcomes.refused) + total(outcomes.serverErrors) + total(outcomes.unanswered);
  if (expected > accounted) outcomes.unanswered["never sent"] = expected - accounted;
  return { ...outcomes, seconds: Math.round((Date.now() - started) / 100) / 10, expected };
}
