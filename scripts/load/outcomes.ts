/**
 * What became of the save requests of a load run, by kind: acknowledged
 * (2xx), refused (other 4xx), server errors (5xx) and requests that got no
 * answer at all (connection errors, timeouts). Latencies are those of
 * answered requests, in milliseconds.
 */
export type SaveOutcomes = {
  sent: number;
  acknowledged: number;
  refused: Record<string, number>;
  serverErrors: Record<string, number>;
  unanswered: Record<string, number>;
  latenciesMs: number[];
  /** `respondentId itemId` → value, for every answer the server acknowledged. */
  acknowledgedAnswers: Map<string, number | null>;
};

export function emptyOutcomes(): SaveOutcomes {
  return {
    sent: 0,
    acknowledged: 0,
    refused: {},
    serverErrors: {},
    unanswered: {},
    latenciesMs: [],
    acknowledgedAnswers: new Map(),
  };
}

function count(tally: Record<string, number>, kind: string): void {
  tally[kind] = (tally[kind] ?? 0) + 1;
}

export function recordAnswered(
  outcomes: SaveOutcomes,
  status: number,
  latencyMs: number,
  answer?: [key: string, value: number | null],
): void {
  outcomes.latenciesMs.push(latencyMs);
  if (status >= 200 && status < 300) {
    outcomes.acknowledged++;
    if (answer) outcomes.acknowledgedAnswers.set(answer[0], answer[1]);
  } else if (status >= 500) count(outcomes.serverErrors, `HTTP ${status}`);
  else count(outcomes.refused, `HTTP ${status}`);
}

export function recordUnanswered(outcomes: SaveOutcomes, kind: string): void {
  count(outcomes.unanswered, kind);
}

export function total(tally: Record<string, number>): number {
  return Object.values(tally).reduce((sum, value) => sum + value, 0);
}

/** "HTTP 500: 2, ECONNRESET: 1", or "none". */
export function describeTally(tally: Record<string, number>): string {
  const entries = Object.entries(tally);
  return entries.length === 0 ? "none" : entries.map(([kind, value]) => `${kind}: ${value}`).join(", ");
}

export function percentileMs(latencies: number[], fraction: number): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}
