import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../content";
import { diagnose } from "../diagnose";
import type { ScanInput } from "../input";
import { singledOut } from "../testing/attacker";
import { answersFor } from "../testing/scan-builder";
import { planForInput } from "./plan-for-input";
import type { Release } from "./types";

/**
 * The disclosure rule, attacked. Random scans (partners of every size,
 * roles, answers given over several waves); after each wave the results are
 * looked at, as a manager following the response would, and every release is
 * kept. The attacker sees every group that any release published figures for
 * (the overall, each partner, the other partners together, each role), knows
 * who is in which group and when each person's answers first counted, knows
 * their own answers, and tries every combination of sums and differences of
 * the published groups. Nobody's answers may come out, except where a
 * partner chose open reporting and is smaller than the threshold.
 */
type Person = { partner: number; role: Role; wave: number };
type Scenario = { threshold: number; mode: "group" | "open"; partners: number; people: Person[]; waves: number };

const roleArbitrary = fc.constantFrom<Role>("executive", "manager", "manager", "operational", "operational", "other");

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    threshold: fc.constantFrom(3, 3, 4),
    mode: fc.constantFrom<"group" | "open">("group", "group", "group", "open"),
    partners: fc.integer({ min: 2, max: 5 }),
    waves: fc.integer({ min: 1, max: 4 }),
  })
  .chain((base) =>
    fc.record({
      threshold: fc.constant(base.threshold),
      mode: fc.constant(base.mode),
      partners: fc.constant(base.partners),
      waves: fc.constant(base.waves),
      people: fc.array(
        fc.record({
          partner: fc.integer({ min: 0, max: base.partners - 1 }),
          role: roleArbitrary,
          wave: fc.integer({ min: 1, max: base.waves }),
        }),
        { minLength: 0, maxLength: 26 },
      ),
    }),
  );

/** Runs the scenario as the app does and returns what was published, release by release. */
function publish(scenario: Scenario) {
  const partners = Array.from({ length: scenario.partners }, (_, index) => ({ id: `p${index}`, name: `P${index}` }));
  const releaseOf = new Map<number, number>();
  const releases: Release[] = [];
  const published: number[][] = [];
  const shownGroupSizes: number[] = [];
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
        answers: answersFor("quick", { level: 1 + (index % 5) }, index),
      })),
      releases: [...releases],
    });
    // As the app does: store a new release before showing anything from it.
    const plan = planForInput(inputFor());
    if (plan.isNewRelease && plan.release) {
      for (const id of plan.newlyReleased) releaseOf.set(Number(id.slice(1)), plan.release.index);
      releases.push(plan.release);
    }
    const diagnosis = diagnose(inputFor());
    expect(diagnosis.release).toBe(releases.at(-1)?.index ?? null);
    if (diagnosis.release === null) continue;
    const isCounted = (index: number) => releaseOf.has(index);
    const counted = present.filter(({ index }) => isCounted(index));
    const overall = counted.map(({ index }) => index);
    expect(overall.length).toBe(diagnosis.respondentCount);
    published.push(overall);
    for (const partner of diagnosis.partners) {
      if (partner.suppressed) continue;
      const group = counted.filter(({ person }) => `p${person.partner}` === partner.id).map(({ index }) => index);
      expect(group.length).toBe(partner.respondents);
      published.push(group);
      shownGroupSizes.push(group.length);
    }
    if (diagnosis.pool) {
      const pooled = new Set(
        diagnosis.partners.filter((partner) => partner.status === "pooled").map((partner) => partner.id),
      );
      const group = counted.filter(({ person }) => pooled.has(`p${person.partner}`)).map(({ index }) => index);
      expect(group.length).toBe(diagnosis.pool.respondents);
      published.push(group);
      shownGroupSizes.push(group.length);
    }
    for (const role of diagnosis.roles) {
      const group = counted.filter(({ person }) => person.role === role.id).map(({ index }) => index);
      expect(group.length).toBe(role.respondents);
      published.push(group);
      shownGroupSizes.push(group.length);
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
  return { published, shownGroupSizes, releases, isProtected };
}

describe("disclosure control under attack", () => {
  it("lets nobody work out another respondent's answers from every release's figures, over thousands of scans", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { published, isProtected } = publish(scenario);
        expect(singledOut(scenario.people.length, published, isProtected)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("never shows a group smaller than the threshold in group reporting", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary.filter((scenario) => scenario.mode === "group"),
        (scenario) => {
          const { shownGroupSizes } = publish(scenario);
          for (const size of shownGroupSizes) expect(size).toBeGreaterThanOrEqual(scenario.threshold);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds the leak in a plan that shows a role across partners without the check", () => {
    // The attacker must be able to fail: Alpha has three executives and one manager; publishing
    // Alpha and "executives" (Alpha's three only) gives the manager's answer as their difference.
    const people = [0, 1, 2, 3];
    const groups = [people, [0, 1, 2]];
    expect(singledOut(4, groups, () => true)).toContainEqual({ observer: 0, victim: 3 });
  });

  it("shows every role across partners where partners mix roles, as in a real scan", () => {
    // Four partners of four to five people, each with one or two executives: the executives are shown.
    const people: Person[] = [];
    const composition: Role[][] = [
      ["executive", "manager", "manager", "operational"],
      ["executive", "manager", "operational", "operational"],
      ["executive", "executive", "manager", "manager", "operational"],
      ["executive", "manager", "operational", "operational", "operational"],
    ];
    composition.forEach((roles, partner) => {
      for (const role of roles) people.push({ partner, role, wave: 1 });
    });
    const { releases } = publish({ threshold: 3, mode: "group", partners: 4, people, waves: 1 });
    expect(releases[0]?.roles).toEqual(expect.arrayContaining(["executive", "manager", "operational"]));
    expect(ROLES).toContain("executive");
  });
});
