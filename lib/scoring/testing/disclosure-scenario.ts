import fc from "fast-check";
import type { Role } from "../../../content";
import { diagnose } from "../diagnose";
import { planForInput } from "../disclosure/plan-for-input";
import type { Release } from "../disclosure/types";
import type { ScanInput } from "../input";
import { singledOut } from "./attacker";
import { publishedStatementGroups, whoCountsOn } from "./published-groups";
import { answersFor } from "./scan-builder";
import { seededRandom } from "./seeded-random";

/**
 * Random scans for the disclosure property tests (unit: a modest number of
 * runs; integration: thousands): partners of every size, roles, answers given
 * over several waves, and per person a share of statements answered "weet
 * niet" or skipped. After each wave the results are looked at, as a manager
 * following the response would, and every release is kept. The attacker sees
 * every figure any release published, knows who is in which group, who
 * answered which statement and when each answer first counted, knows their
 * own answers, and tries every combination of sums and differences.
 */
export type Person = { partner: number; role: Role; wave: number; gaps: number };
export type Scenario = {
  threshold: number;
  mode: "group" | "open";
  partners: number;
  people: Person[];
  waves: number;
  /** Chance per statement that a person says "weet niet"; as often again they skip it. */
  dontKnow: number;
};

const roleArbitrary = fc.constantFrom<Role>("executive", "manager", "manager", "operational", "operational", "other");

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    threshold: fc.constantFrom(3, 3, 4),
    mode: fc.constantFrom<"group" | "open">("group", "group", "group", "open"),
    partners: fc.integer({ min: 2, max: 5 }),
    waves: fc.integer({ min: 1, max: 4 }),
    dontKnow: fc.constantFrom(0, 0.05, 0.05, 0.15, 0.3),
  })
  .chain((base) =>
    fc.record({
      threshold: fc.constant(base.threshold),
      mode: fc.constant(base.mode),
      partners: fc.constant(base.partners),
      waves: fc.constant(base.waves),
      dontKnow: fc.constant(base.dontKnow),
      people: fc.array(
        fc.record({
          partner: fc.integer({ min: 0, max: base.partners - 1 }),
          role: roleArbitrary,
          wave: fc.integer({ min: 1, max: base.waves }),
          gaps: fc.integer({ min: 1, max: 1_000_000 }),
        }),
        { minLength: 0, maxLength: 26 },
      ),
    }),
  );

function answersOf(person: Person, index: number, dontKnow: number): ScanInput["respondents"][number]["answers"] {
  const answers = answersFor("quick", { level: 1 + (index % 5) }, index);
  const next = seededRandom(person.gaps);
  for (const itemId of Object.keys(answers)) {
    const draw = next();
    if (draw < dontKnow) answers[itemId] = null;
    else if (draw < 2 * dontKnow) delete answers[itemId];
  }
  return answers;
}

/** Runs the scenario as the app does and returns what was published, release by release. */
export function publish(scenario: Scenario) {
  const partners = Array.from({ length: scenario.partners }, (_, index) => ({ id: `p${index}`, name: `P${index}` }));
  const answers = scenario.people.map((person, index) => answersOf(person, index, scenario.dontKnow));
  const releaseOf = new Map<number, number>();
  const releases: Release[] = [];
  const published: number[][] = [];
  const perStatement = new Map<string, number[][]>();
  const shownGroupSizes: number[] = [];
  const mismatches: string[] = [];
  for (let wave = 1; wave <= scenario.waves; wave++) {
    const present = scenario.people
      .map((person, index) => ({ person, index }))
      .filter(({ person }) => person.wave <= wave);
    const inputFor = (): ScanInput => ({
      instrument: { id: "samenwerkingsscan", version: 1 },
      scan: {
        name: "",
        form: "partnership",
        phase: "functioning",
        variant: "quick",
        anonymityThreshold: scenario.threshold,
        reportingMode: scenario.mode,
      },
      partners,
      respondents: present.map(({ person, index }) => ({
        id: `r${index}`,
        partnerId: `p${person.partner}`,
        role: person.role,
        release: releaseOf.get(index) ?? null,
        answers: answers[index] ?? {},
      })),
      releases: [...releases],
    });
    // As the app does: store a new release before showing anything from it.
    const plan = planForInput(inputFor());
    if (plan.isNewRelease && plan.release) {
      for (const id of plan.newlyReleased) releaseOf.set(Number(id.slice(1)), plan.release.index);
      releases.push(plan.release);
    }
    const input = inputFor();
    const diagnosis = diagnose(input);
    if (diagnosis.release !== (releases.at(-1)?.index ?? null)) mismatches.push(`wave ${wave}: release`);
    if (diagnosis.release === null) continue;
    const isCounted = (index: number) => releaseOf.has(index);
    const counted = present.filter(({ index }) => isCounted(index));
    published.push(counted.map(({ index }) => index));
    for (const partner of diagnosis.partners) {
      if (partner.suppressed) continue;
      const group = counted.filter(({ person }) => `p${person.partner}` === partner.id).map(({ index }) => index);
      if (group.length !== partner.respondents) mismatches.push(`wave ${wave}: ${partner.id} size`);
      published.push(group);
      shownGroupSizes.push(group.length);
    }
    if (diagnosis.pool) {
      const pooled = new Set(
        diagnosis.partners.filter((partner) => partner.status === "pooled").map((partner) => partner.id),
      );
      const group = counted.filter(({ person }) => pooled.has(`p${person.partner}`)).map(({ index }) => index);
      published.push(group);
      shownGroupSizes.push(group.length);
    }
    for (const role of diagnosis.roles) {
      const group = counted.filter(({ person }) => person.role === role.id).map(({ index }) => index);
      published.push(group);
      shownGroupSizes.push(group.length);
    }
    // Per statement: the groups of those whose answer counts, as published in this wave.
    for (const { statementId, groups } of publishedStatementGroups(input, diagnosis, whoCountsOn(input))) {
      const rows = perStatement.get(statementId) ?? [];
      for (const group of groups) rows.push(group.map((id) => Number(id.slice(1))));
      perStatement.set(statementId, rows);
    }
  }
  /** Open reporting: someone shown in a partner smaller than the threshold chose to be recognisable. */
  const isProtected = (person: number) => {
    if (scenario.mode === "group") return true;
    const first = releaseOf.get(person);
    const partner = `p${scenario.people[person]?.partner ?? 0}`;
    if (first === undefined) return true;
    return !releases.some(
      (release) =>
        release.index >= first &&
        release.reportedPartners.includes(partner) &&
        scenario.people.filter(
          (other, index) => `p${other.partner}` === partner && (releaseOf.get(index) ?? Infinity) <= release.index,
        ).length < scenario.threshold,
    );
  };
  return { published, perStatement, shownGroupSizes, releases, isProtected, mismatches };
}

/** Everyone singled out in a scenario: from the whole groups, and per statement from those who answered it. */
export function attack(scenario: Scenario): string[] {
  const { published, perStatement, isProtected, mismatches } = publish(scenario);
  const people = scenario.people.length;
  const found = [...mismatches];
  for (const { observer, victim } of singledOut(people, published, isProtected))
    found.push(`r${observer} works out r${victim} from the groups`);
  const seen = new Set<string>();
  for (const [statementId, rows] of perStatement) {
    const key = JSON.stringify(rows);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const { observer, victim } of singledOut(people, rows, isProtected))
      found.push(`r${observer} works out r${victim} on ${statementId}`);
  }
  return found;
}
