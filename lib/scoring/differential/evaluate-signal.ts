import type { LensId, Signal } from "../../../content";
import type { Core } from "../core";
import type { ChoiceCounts } from "./choice-counts";
import {
  camps,
  type GroupFigure,
  type GroupOutcome,
  onePartnerLow,
  oppositePoles,
  partnersApart,
  roleGap,
} from "./group-signals";
import { clamp01, highSeverity, lowSeverity } from "./severity";

export type { GroupFigure } from "./group-signals";

/**
 * How strongly one signal holds, from the published figures only (so the
 * disclosure rules apply to every piece of evidence): a severity from 0 (not
 * there) to 1 (as strong as it gets), the figure behind it, and the groups
 * that carry it. A signal is not evaluable when the scan did not ask what it
 * needs (a statement of another instrument version or variant) or when its
 * figures are hidden.
 */
export type SignalOutcome =
  | { evaluable: false }
  | {
      evaluable: true;
      severity: number;
      /** The figure behind the signal: a score, a position, a deviation, a gap or a share. */
      value: number;
      /** Partners with their figure, where the signal rests on partners (named in the evidence). */
      partners: GroupFigure[];
      /** For group signals: the groups set against each other (the lower or first side first). */
      sides?: [GroupFigure[], GroupFigure[]];
    };

export type SignalContext = { core: Core; choices: ChoiceCounts };

const NONE: SignalOutcome = { evaluable: false };

function shownPartners(core: Core, pick: (partner: Core["partners"][number]) => number | null): GroupFigure[] {
  return core.partners.flatMap((partner) => {
    const value = partner.suppressed ? null : pick(partner);
    return value === null || value === undefined
      ? []
      : [{ id: partner.id, name: partner.name, value, respondents: partner.respondents }];
  });
}

function statementPartners(core: Core, statementId: string): GroupFigure[] {
  return shownPartners(core, (partner) => partner.statements[statementId] ?? null);
}

function fromGroups(outcome: GroupOutcome | null, partners: GroupFigure[]): SignalOutcome {
  return outcome === null
    ? NONE
    : { evaluable: true, severity: outcome.severity, value: outcome.value, partners, sides: outcome.sides };
}

function roleFigures(core: Core, statementId: string, roles: readonly string[]): GroupFigure[] {
  return core.roles.flatMap((role) => {
    const value = roles.includes(role.id) ? (role.statements[statementId] ?? null) : null;
    return value === null ? [] : [{ id: role.id, name: role.id, value, respondents: role.respondents }];
  });
}

function isAsked(core: Core, statementId: string): boolean {
  return core.statements.some((statement) => statement.id === statementId && statement.score !== null);
}

export function evaluateSignal(signal: Signal, { core, choices }: SignalContext): SignalOutcome {
  switch (signal.kind) {
    case "statement-low":
    case "statement-high": {
      const statement = core.statements.find((candidate) => candidate.id === signal.statementId);
      if (!statement || statement.score === null) return NONE;
      const partners = statementPartners(core, signal.statementId);
      const values = partners.map((partner) => partner.value);
      const severity =
        signal.kind === "statement-low" ? lowSeverity(statement.score, values) : highSeverity(statement.score, values);
      return { evaluable: true, severity, value: statement.score, partners };
    }
    case "lens-low":
    case "lens-high": {
      const lens = core.lenses.find((candidate) => candidate.id === signal.lensId);
      if (!lens || lens.score === null) return NONE;
      const partners = shownPartners(core, (partner) => partner.lenses[signal.lensId as LensId]);
      const values = partners.map((partner) => partner.value);
      const severity = signal.kind === "lens-low" ? lowSeverity(lens.score, values) : highSeverity(lens.score, values);
      return { evaluable: true, severity, value: lens.score, partners };
    }
    case "partners-apart": {
      if (!isAsked(core, signal.statementId)) return NONE;
      const partners = statementPartners(core, signal.statementId);
      return fromGroups(partnersApart(partners), partners);
    }
    case "one-partner-low": {
      if (!isAsked(core, signal.statementId)) return NONE;
      const partners = statementPartners(core, signal.statementId);
      const outcome = onePartnerLow(partners);
      return fromGroups(outcome, outcome ? outcome.sides[0] : partners);
    }
    case "camps": {
      if (!isAsked(core, signal.statementId)) return NONE;
      const partners = statementPartners(core, signal.statementId);
      return fromGroups(camps(partners), partners);
    }
    case "role-gap": {
      if (!isAsked(core, signal.statementId)) return NONE;
      const executives = roleFigures(core, signal.statementId, ["executive"]);
      const atTable = roleFigures(core, signal.statementId, ["manager", "operational"]);
      return fromGroups(roleGap(executives, atTable, signal.lower), []);
    }
    case "paradox-leaning": {
      const paradox = core.paradoxes.find((candidate) => candidate.id === signal.paradoxId);
      if (!paradox || paradox.current === null) return NONE;
      const towards = signal.pole === "a" ? -paradox.current : paradox.current;
      const partners = shownPartners(core, (partner) => partner.paradoxes[signal.paradoxId] ?? null);
      return {
        evaluable: true,
        severity: towards >= signal.min ? clamp01(towards) : 0,
        value: paradox.current,
        partners,
      };
    }
    case "paradox-closed": {
      const paradox = core.paradoxes.find((candidate) => candidate.id === signal.paradoxId);
      if (!paradox || paradox.openness === null) return NONE;
      return { evaluable: true, severity: lowSeverity(paradox.openness, []), value: paradox.openness, partners: [] };
    }
    case "paradox-opposite-poles": {
      const partners = shownPartners(core, (partner) => partner.paradoxes[signal.paradoxId] ?? null);
      return fromGroups(oppositePoles(partners), partners);
    }
    case "choice-prevails":
    case "choice-share": {
      const counts = choices[signal.questionId];
      // Too few answers to speak of a share without pointing at people.
      if (!counts || counts.answered < Math.max(core.threshold, 5)) return NONE;
      const chosen = signal.codes.reduce((sum, code) => sum + (counts.byCode[code] ?? 0), 0);
      const share = chosen / counts.answered;
      if (signal.kind === "choice-share") {
        return { evaluable: true, severity: share >= signal.min ? clamp01(share) : 0, value: share, partners: [] };
      }
      const top = Math.max(0, ...Object.values(counts.byCode));
      const prevails = top > 0 && signal.codes.some((code) => (counts.byCode[code] ?? 0) === top);
      return { evaluable: true, severity: prevails ? clamp01(0.3 + share) : 0, value: share, partners: [] };
    }
  }
}
