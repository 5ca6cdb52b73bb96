import autocannon from "autocannon";
import type { LoadRespondent } from "./population";

/**
 * Many respondents answering their questionnaire at once, as the browser
 * does it: one save request per answer, one question after another. The
 * questionnaire is answered in phases of a few dozen items (a step or two,
 * after which a person pauses and the browser opens a new connection); in
 * each phase every autocannon connection is one respondent. The answers the
 * server acknowledged are recorded, so the caller can check that none of
 * them is missing from the database afterwards.
 *
 * Why phases: one keep-alive connection carrying a respondent's every answer
 * for over a minute is an artefact of a load generator, and Node's HTTP
 * server drops such connections mid-request (its header timer is not
 * restarted between keep-alive requests, nodejs/node#58140), for the app
 * and the bare floor alike.
 */
export type SaveLoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** What the errors were: HTTP statuses and socket error codes, with their counts. */
  errorKinds: Record<string, number>;
  /** `respondentId itemId` → value, for every answer the server acknowledged with 2xx. */
  acknowledged: Map<string, number | null>;
};

type Context = { respondent?: LoadRespondent };

const ITEMS_PER_PHASE = 26;

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

export async function runSaveLoad(
  base: string,
  respondents: LoadRespondent[],
  options: { maxSeconds: number },
): Promise<SaveLoadResult> {
  const itemCount = respondents[0]?.answers.length ?? 0;
  const acknowledged = new Map<string, number | null>();
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const countError = (kind: string) => {
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  let requestCount = 0;
  let errors = 0;
  let seconds = 0;

  for (let first = 0; first < itemCount && seconds < options.maxSeconds; first += ITEMS_PER_PHASE) {
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
          return {
            ...request,
            path: `/api/r/${respondent.token}/responses`,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ answers: [{ itemId, value }] }),
          };
        },
        onResponse: (status: number, _body: string, context: Context) => {
          const respondent = context.respondent;
          const answer = respondent?.answers[itemIndex];
          if (status >= 200 && status < 300 && respondent && answer) {
            acknowledged.set(`${respondent.id} ${answer[0]}`, answer[1]);
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
          timeout: 30,
          // Long enough never to end the phase early; the timer below bounds the whole run.
          duration: options.maxSeconds + 60,
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on("response", (_client, status, _bytes, responseTime) => {
        latencies.push(responseTime);
        if (status < 200 || status >= 300) countError(`HTTP ${status}`);
      });
      instance.on("reqError", (error: NodeJS.ErrnoException) => countError(error.code ?? error.message));
      timer = setTimeout(() => instance.stop(), (options.maxSeconds - seconds) * 1000);
    });
    clearTimeout(timer);
    requestCount += result.requests.total;
    errors += result.errors + result.non2xx;
    seconds += result.duration;
  }

  latencies.sort((a, b) => a - b);
  return {
    requests: requestCount,
    seconds: Math.round(seconds * 10) / 10,
    rps: Math.round(requestCount / Math.max(seconds, 0.001)),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    errors,
    errorKinds,
    acknowledged,
  };
}
