import { type Locale, lenses } from "@/content";
import type { Diagnosis } from "@/lib/scoring";
import { agendaFinding, findingName, isKnownFinding } from "@/lib/scoring/actions/finding";
import { FINDING_KINDS, type Finding, type FindingKind } from "@/lib/scoring/actions/types";
import type { FindingGroup } from "./action-editor";

/** A finding as a form field carries it: "kind:id". */
export function findingValue(finding: Finding): string {
  return `${finding.kind}:${finding.id}`;
}

/** A finding from an address (?bevinding=problem:problem.sham-collaboration), or null when it names none. */
export function parseFinding(value: string | undefined): Finding | null {
  if (!value) return null;
  const [kind, ...rest] = value.split(":");
  const finding = { kind: kind as FindingKind, id: rest.join(":") };
  return (FINDING_KINDS as readonly string[]).includes(kind ?? "") && isKnownFinding(finding) ? finding : null;
}

/**
 * What a new action can be about, grouped: the lenses, the problems this
 * round signals, and the statements and paradoxes of its conversation
 * agenda; a finding chosen on another page is added where it is missing.
 */
export function findingGroups(
  diagnosis: Pick<Diagnosis, "problems" | "agenda">,
  locale: Locale,
  kindLabel: (kind: FindingKind) => string,
  chosen: Finding | null,
): FindingGroup[] {
  const found: Finding[] = [
    ...lenses.map((lens) => ({ kind: "lens" as const, id: lens.id })),
    ...diagnosis.problems.map((problem) => ({ kind: "problem" as const, id: problem.id })),
    ...diagnosis.agenda.map(agendaFinding),
  ];
  if (chosen && !found.some((entry) => entry.kind === chosen.kind && entry.id === chosen.id)) found.push(chosen);
  return FINDING_KINDS.map((kind) => {
    const seen = new Set<string>();
    const options = found
      // Only what the content knows: an option never shows a bare id.
      .filter((entry) => entry.kind === kind && isKnownFinding(entry) && !seen.has(entry.id) && seen.add(entry.id))
      .map((entry) => ({ value: findingValue(entry), label: findingName(entry, locale) }));
    return { label: kindLabel(kind), options };
  }).filter((group) => group.options.length > 0);
}
