"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { acknowledge, backoffMs, emptyPending, isEmpty, loadPending, type Pending, storePending } from "./save-queue";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "retrying" }
  | { kind: "offline" }
  | { kind: "rejected"; message: string };

type Questionnaire = {
  answers: Readonly<Record<string, number | null>>;
  comments: Readonly<Record<string, string>>;
  role: string | null;
  isReadOnly: boolean;
  saveState: SaveState;
  setAnswer: (itemId: string, value: number | null) => void;
  setComment: (lensId: string, text: string) => void;
  setRole: (role: string) => void;
  /** Sends everything pending; resolves true once the server has all of it. */
  flush: () => Promise<boolean>;
};

const Context = createContext<Questionnaire | null>(null);

export function useQuestionnaire(): Questionnaire {
  const value = useContext(Context);
  if (!value) throw new Error("useQuestionnaire outside QuestionnaireProvider");
  return value;
}

type Props = {
  token: string;
  respondentId: string;
  initialAnswers: Record<string, number | null>;
  initialComments: Record<string, string>;
  initialRole: string | null;
  isReadOnly: boolean;
  children: ReactNode;
};

const ANSWER_DELAY_MS = 250;
const COMMENT_DELAY_MS = 800;
/** Refusals that retrying cannot fix: bad input, an unknown link, a closed scan. */
const FINAL_STATUSES = new Set([400, 404, 409, 413, 422]);
/** Leaves out invisible control characters (a paste may bring them), which the server refuses in comments; tabs and line breaks stay. */
function withoutControlCharacters(text: string): string {
  let result = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const isControl = (code < 0x20 && character !== "\t" && character !== "\n") || (code >= 0x7f && code <= 0x9f);
    if (!isControl) result += character;
  }
  return result;
}

/**
 * Holds the respondent's answers and saves every change as it is made:
 * batched, retried with backoff when the network fails, kept in
 * localStorage until acknowledged, and sent with `keepalive` when the page
 * is hidden or closed.
 */
export function QuestionnaireProvider(props: Props) {
  const { token, respondentId, isReadOnly } = props;
  const [answers, setAnswers] = useState(props.initialAnswers);
  const [comments, setComments] = useState(props.initialComments);
  const [role, setRoleState] = useState(props.initialRole);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const pending = useRef<Pending>(emptyPending());
  const inFlight = useRef<Promise<boolean> | null>(null);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const send = useCallback(
    (keepalive = false): Promise<boolean> => {
      if (inFlight.current) return inFlight.current;
      if (isEmpty(pending.current)) return Promise.resolve(true);
      const sent: Pending = {
        answers: { ...pending.current.answers },
        comments: { ...pending.current.comments },
        role: pending.current.role,
      };
      setSaveState({ kind: "saving" });
      const request = fetch(`/api/r/${token}/responses`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        keepalive,
        body: JSON.stringify({
          answers: Object.entries(sent.answers).map(([itemId, value]) => ({ itemId, value })),
          comments: Object.entries(sent.comments).map(([lensId, text]) => ({ lensId, text })),
          ...(sent.role ? { role: sent.role } : {}),
        }),
      })
        .then(async (response) => {
          if (response.ok) {
            failures.current = 0;
            pending.current = acknowledge(pending.current, sent);
            storePending(respondentId, pending.current);
            setSaveState({ kind: isEmpty(pending.current) ? "saved" : "saving" });
            return true;
          }
          if (FINAL_STATUSES.has(response.status)) {
            const body = (await response.json().catch(() => null)) as { error?: string } | null;
            pending.current = acknowledge(pending.current, sent);
            storePending(respondentId, pending.current);
            setSaveState({ kind: "rejected", message: body?.error ?? String(response.status) });
            return false;
          }
          throw new Error(`status ${response.status}`);
        })
        .catch(() => {
          failures.current += 1;
          setSaveState({ kind: navigator.onLine ? "retrying" : "offline" });
          return false;
        })
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = request;
      return request;
    },
    [token, respondentId],
  );

  const schedule = useCallback(
    (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        timer.current = null;
        const ok = await send();
        if (!isEmpty(pending.current)) schedule(ok ? 0 : backoffMs(failures.current));
      }, delay);
    },
    [send],
  );

  const enqueue = useCallback(
    (change: (current: Pending) => Pending, delay: number) => {
      pending.current = change(pending.current);
      storePending(respondentId, pending.current);
      // "All saved" must never stand on screen while a change waits for its
      // delay: someone who reads it and closes the tab trusts it. A failure
      // state stays until the retry succeeds.
      setSaveState((current) => (current.kind === "idle" || current.kind === "saved" ? { kind: "saving" } : current));
      schedule(delay);
    },
    [respondentId, schedule],
  );

  // Answers left over from an earlier visit that never reached the server.
  useEffect(() => {
    if (isReadOnly) return;
    const leftover = loadPending(respondentId);
    if (isEmpty(leftover)) return;
    pending.current = leftover;
    setAnswers((current) => ({ ...current, ...leftover.answers }));
    setComments((current) => ({ ...current, ...leftover.comments }));
    if (leftover.role) setRoleState(leftover.role);
    schedule(0);
  }, [respondentId, isReadOnly, schedule]);

  useEffect(() => {
    const sendNow = () => void send(true);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") sendNow();
    };
    const onOnline = () => schedule(0);
    window.addEventListener("pagehide", sendNow);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", sendNow);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [send, schedule]);

  const value = useMemo<Questionnaire>(
    () => ({
      answers,
      comments,
      role,
      isReadOnly,
      saveState,
      setAnswer: (itemId, answer) => {
        if (isReadOnly) return;
        setAnswers((current) => ({ ...current, [itemId]: answer }));
        enqueue((current) => ({ ...current, answers: { ...current.answers, [itemId]: answer } }), ANSWER_DELAY_MS);
      },
      setComment: (lensId, typed) => {
        if (isReadOnly) return;
        const text = withoutControlCharacters(typed);
        setComments((current) => ({ ...current, [lensId]: text }));
        enqueue((current) => ({ ...current, comments: { ...current.comments, [lensId]: text } }), COMMENT_DELAY_MS);
      },
      setRole: (next) => {
        if (isReadOnly) return;
        setRoleState(next);
        enqueue((current) => ({ ...current, role: next }), ANSWER_DELAY_MS);
      },
      flush: async () => {
        if (timer.current) clearTimeout(timer.current);
        for (let attempt = 0; attempt < 3 && !isEmpty(pending.current); attempt++) {
          await (inFlight.current ?? Promise.resolve());
          await send();
        }
        return isEmpty(pending.current);
      },
    }),
    [answers, comments, role, isReadOnly, saveState, enqueue, send],
  );

  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}
