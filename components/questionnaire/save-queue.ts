/**
 * The answers given but not yet acknowledged by the server. Kept in
 * localStorage, so a reload, a crash or a closed tab loses nothing: the next
 * visit sends them again (saving is an upsert, so sending twice is harmless).
 */
export type Pending = { answers: Record<string, number | null>; comments: Record<string, string>; role?: string };

export function emptyPending(): Pending {
  return { answers: {}, comments: {} };
}

export function isEmpty(pending: Pending): boolean {
  return Object.keys(pending.answers).length === 0 && Object.keys(pending.comments).length === 0 && !pending.role;
}

function storageKey(respondentId: string): string {
  return `samenwerkingsscan:pending:${respondentId}`;
}

export function loadPending(respondentId: string): Pending {
  try {
    const raw = window.localStorage.getItem(storageKey(respondentId));
    if (!raw) return emptyPending();
    const parsed = JSON.parse(raw) as Partial<Pending>;
    return { answers: parsed.answers ?? {}, comments: parsed.comments ?? {}, role: parsed.role };
  } catch {
    return emptyPending();
  }
}

export function storePending(respondentId: string, pending: Pending): void {
  try {
    if (isEmpty(pending)) window.localStorage.removeItem(storageKey(respondentId));
    else window.localStorage.setItem(storageKey(respondentId), JSON.stringify(pending));
  } catch {
    // Private mode or a full disk: the in-memory queue still retries.
  }
}

/** Removes what the server acknowledged, unless it changed again while the request was under way. */
export function acknowledge(pending: Pending, sent: Pending): Pending {
  const answers = { ...pending.answers };
  for (const [id, value] of Object.entries(sent.answers)) if (answers[id] === value) delete answers[id];
  const comments = { ...pending.comments };
  for (const [id, text] of Object.entries(sent.comments)) if (comments[id] === text) delete comments[id];
  return { answers, comments, role: pending.role === sent.role ? undefined : pending.role };
}

/** Waiting time before retry number `failures`: 1 s, 2 s, 4 s … at most 30 s. */
export function backoffMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}
