import { describe, expect, it } from "vitest";
import type { Signal } from "../../../content";
import { layoutFor } from "../aggregate";
import { computeCore } from "../core";
import { planForInput } from "../disclosure/plan-for-input";
import type { ScanInput } from "../input";
import { buildScan, type GroupSpec, type Profile } from "../testing/scan-builder";
import { countChoices } from "./choice-counts";
import { evaluateSignal } from "./evaluate-signal";

/**
 * Every kind of signal, once where it holds and once where it does not,
 * on small scans built from answer profiles (levels are favourable 1–5).
 */
function severityOf(signal: Signal, input: ScanInput): number | null {
  const plan = planForInput(input);
  const core = computeCore(input, layoutFor(input), plan);
  const outcome = evaluateSignal(signal, { core, choices: countChoices(input, plan) });
  return outcome.evaluable ? outcome.severity : null;
}

const calm: Profile = { level: 4, position: 0, desired: 0, openness: 4 };

function partners(...profiles: Profile[]): GroupSpec[] {
  return profiles.map((profile, index) => ({ name: `Partner ${index + 1}`, respondents: 4, profile }));
}

const everyone = (profile: Profile) => partners(profile, profile, profile, profile);
const scan = (groups: GroupSpec[]) => buildScan("full", groups, { variation: false });

const low = (id: string, level: number): Profile => ({ ...calm, levels: { [id]: level } });

/** Four partners with an executive, two managers and someone doing the work each; the mandate answered by role. */
function byRole(mandate: Record<"executive" | "manager" | "operational", number>): ScanInput {
  const input = buildScan(
    "full",
    everyone(calm).map((group) => ({ ...group, roles: ["executive", "manager", "operational", "manager"] })),
    { variation: false },
  );
  return {
    ...input,
    respondents: input.respondents.map((respondent) => ({
      ...respondent,
      answers: { ...respondent.answers, "people.mandate": mandate[respondent.role as keyof typeof mandate] },
    })),
  };
}

const cases: { name: string; signal: Signal; holds: ScanInput; fails: ScanInput }[] = [
  {
    name: "statement-low",
    signal: { kind: "statement-low", statementId: "people.mandate" },
    holds: scan(everyone(low("people.mandate", 2))),
    fails: scan(everyone(low("people.mandate", 3))),
  },
  {
    name: "statement-high",
    signal: { kind: "statement-high", statementId: "people.mandate" },
    holds: scan(everyone(low("people.mandate", 5))),
    fails: scan(everyone(low("people.mandate", 3))),
  },
  {
    name: "lens-low",
    signal: { kind: "lens-low", lensId: "organisation" },
    holds: scan(everyone({ ...calm, level: 2 })),
    fails: scan(everyone({ ...calm, level: 3 })),
  },
  {
    name: "lens-high",
    signal: { kind: "lens-high", lensId: "organisation" },
    holds: scan(everyone({ ...calm, level: 5 })),
    fails: scan(everyone({ ...calm, level: 3 })),
  },
  {
    name: "paradox-leaning",
    signal: { kind: "paradox-leaning", paradoxId: "paradox.prevent-vs-value-conflict", pole: "a", min: 0.4 },
    holds: scan(everyone({ ...calm, positions: { "paradox.prevent-vs-value-conflict": -2 } })),
    fails: scan(everyone({ ...calm, positions: { "paradox.prevent-vs-value-conflict": 2 } })),
  },
  {
    name: "paradox-closed",
    signal: { kind: "paradox-closed", paradoxId: "paradox.prevent-vs-value-conflict" },
    holds: scan(everyone({ ...calm, opennessOf: { "paradox.prevent-vs-value-conflict": 1 } })),
    fails: scan(everyone({ ...calm, opennessOf: { "paradox.prevent-vs-value-conflict": 3 } })),
  },
  {
    name: "partners-apart",
    signal: { kind: "partners-apart", statementId: "interests.fair-return" },
    holds: scan(
      partners(low("interests.fair-return", 1), low("interests.fair-return", 1), calm, low("interests.fair-return", 5)),
    ),
    fails: scan(everyone(calm)),
  },
  {
    name: "one-partner-low",
    signal: { kind: "one-partner-low", statementId: "people.dominance" },
    holds: scan(partners(low("people.dominance", 1), calm, calm, calm)),
    fails: scan(everyone(low("people.dominance", 1))),
  },
  {
    name: "camps",
    signal: { kind: "camps", statementId: "ambition.shared-goal" },
    holds: scan(
      partners(low("ambition.shared-goal", 1), low("ambition.shared-goal", 2), calm, low("ambition.shared-goal", 5)),
    ),
    fails: scan(partners(low("ambition.shared-goal", 1), calm, calm, calm)),
  },
  {
    name: "role-gap",
    signal: { kind: "role-gap", statementId: "people.mandate", lower: "table" },
    holds: byRole({ executive: 5, manager: 1, operational: 1 }),
    fails: byRole({ executive: 1, manager: 5, operational: 5 }),
  },
  {
    name: "paradox-opposite-poles",
    signal: { kind: "paradox-opposite-poles", paradoxId: "paradox.business-vs-societal" },
    holds: scan(
      partners(
        { ...calm, positions: { "paradox.business-vs-societal": -2 } },
        { ...calm, positions: { "paradox.business-vs-societal": 2 } },
        calm,
        calm,
      ),
    ),
    fails: scan(everyone({ ...calm, positions: { "paradox.business-vs-societal": 1 } })),
  },
  {
    name: "choice-prevails",
    signal: { kind: "choice-prevails", questionId: "context.trust-mode", codes: [0] },
    holds: scan(everyone({ ...calm, raw: { "context.trust-mode": 0 } })),
    fails: scan(everyone({ ...calm, raw: { "context.trust-mode": 3 } })),
  },
  {
    name: "choice-share",
    signal: { kind: "choice-share", questionId: "context.tenure", codes: [0], min: 0.5 },
    holds: scan(everyone({ ...calm, raw: { "context.tenure": 0 } })),
    fails: scan(everyone({ ...calm, raw: { "context.tenure": 3 } })),
  },
];

describe("every kind of signal", () => {
  it.each(cases)("$name holds where the answers show it and not where they do not", ({ signal, holds, fails }) => {
    expect(severityOf(signal, holds)).toBeGreaterThan(0);
    expect(severityOf(signal, holds)).toBeLessThanOrEqual(1);
    expect(severityOf(signal, fails)).toBe(0);
  });

  it("cannot be evaluated for a statement the scan's instrument version did not ask", () => {
    const versionOne = { ...scan(everyone(calm)), instrument: { id: "samenwerkingsscan", version: 1 } };
    const input = { ...versionOne, respondents: versionOne.respondents.map((r) => ({ ...r, answers: {} })) };
    expect(severityOf({ kind: "statement-low", statementId: "process.say-yes-go-own-way" }, input)).toBeNull();
  });

  it("never reads a partner the anonymity rules hide", () => {
    // Partner 1 has two respondents: below the threshold, it has no figures of its own.
    const groups = partners(low("people.dominance", 1), calm, calm, calm);
    const input = buildScan("full", [{ ...groups[0], respondents: 2 } as GroupSpec, ...groups.slice(1)], {
      variation: false,
    });
    expect(severityOf({ kind: "one-partner-low", statementId: "people.dominance" }, input)).toBe(0);
  });
});
