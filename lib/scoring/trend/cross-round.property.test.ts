import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Role } from "../../../content";
import { diagnose } from "../diagnose";
import { planForInput } from "../disclosure/plan-for-input";
import type { Release } from "../disclosure/types";
import type { ScanInput } from "../input";
import { singledOut } from "../testing/attacker";
import { propertyRuns } from "../testing/property-runs";
import { answersFor } from "../testing/scan-builder";
import { buildTrend, type TrendRound } from "./build-trend";

/**
 * Anonymity across rounds, attacked. Random collaborations: partners that
 * join and leave between rounds, people who answer in one round, in several,
 * or stop, and answers arriving in waves within a round. After every wave the
 * manager looks at the round's results and at the trend over all rounds so
 * far, and every release is kept, as the app does. The attacker sees every
 * group any of that published a figure for, in every round (the round's
 * overall, partners, other partners, roles, and each figure of the trend),
 * knows which person answered in which round and for which partner, knows
 * their own answers in every round, and tries every combination of sums and
 * differences of all those groups across rounds: a partner's figure in
 * round 2 minus its figure in round 1 included. A person's answers in
 * different rounds are different answers; nobody's answers in any round may
 * come out, except where a partner chose open reporting and is smaller than
 * the threshold.
 */
type Person = { partner: number; role: Role; rounds: (number | null)[] };
type Scenario = {
  threshold: number;
  mode: "group" | "open";
  partners: number;
  rounds: number;
  waves: number;
  /** Per round, which partners take part. */
  taking: boolean[][];
  people: Person[];
};

const roleArbitrary = fc.constantFrom<Role>("executive", "manager", "manager", "operational", "operational", "other");

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    threshold: fc.constantFrom(3, 3, 4),
    mode: fc.constantFrom<"group" | "open">("group", "group", "group", "open"),
    partners: fc.integer({ min: 2, max: 4 }),
    rounds: fc.integer({ min: 2, max: 3 }),
    waves: fc.integer({ min: 1, max: 3 }),
  })
  .chain((base) =>
    fc.record({
      threshold: fc.constant(base.threshold),
      mode: fc.constant(base.mode),
      partners: fc.constant(base.partners),
      rounds: fc.constant(base.rounds),
      waves: fc.constant(base.waves),
      taking: fc.array(
        fc.array(fc.constantFrom(true, true, true, false), { minLength: base.partners, maxLength: base.partners }),
        {
          minLength: base.rounds,
          maxLength: base.rounds,
        },
      ),
      // Each person answers in a wave of a round, or not in that round (null).
      people: fc.array(
        fc.record({
          partner: fc.integer({ min: 0, max: base.partners - 1 }),
          role: roleArbitrary,
          rounds: fc.array(fc.option(fc.integer({ min: 1, max: base.waves }), { freq: 3 }), {
            minLength: base.rounds,
            maxLength: base.rounds,
          }),
        }),
        { minLength: 0, maxLength: 18 },
      ),
    }),
  );

/** A person's answers in one round: different rounds, different answers. */
function answersOf(person: number, round: number) {
  return answersFor("quick", { level: 1 + ((person * 3 + round * 2) % 5) }, person + round);
}

type Variable = { person: number; round: number };

/** Runs the scenario as the app does and returns every group published, as lists of (person, round) variables. */
function publish(scenario: Scenario) {
  const variables: Variable[] = [];
  const variableOf = new Map<string, number>();
  const variable = (person: number, round: number) => {
    const key = `${person}:${round}`;
    let index = variableOf.get(key);
    if (index === undefined) {
      index = variables.length;
      variables.push({ person, round });
      variableOf.set(key, index);
    }
    return index;
  };
  const published: number[][] = [];
  const shownGroupSizes: number[] = [];
  /** Per round: its releases, and each person's first release. */
  const state = Array.from({ length: scenario.rounds }, () => ({
    releases: [] as Release[],
    releaseOf: new Map<number, number>(),
  }));
  const partnerId = (round: number, partner: number) => `r${round}p${partner}`;
  const isTaking = (round: number, partner: number) => scenario.taking[round]?.[partner] === true;
  const answering = (round: number, upToWave: number) =>
    scenario.people
      .map((person, index) => ({ person, index, wave: person.rounds[round] ?? null }))
      .filter(({ person, wave }) => wave !== null && wave <= upToWave && isTaking(round, person.partner));

  const inputFor = (round: number, upToWave: number): ScanInput => ({
    instrument: { id: "samenwerkingsscan", version: 1 },
    scan: {
      name: "",
      form: "partnership",
      phase: "functioning",
      variant: "quick",
      anonymityThreshold: scenario.threshold,
      reportingMode: scenario.mode,
    },
    partners: Array.from({ length: scenario.partners }, (_, partner) => partner)
      .filter((partner) => isTaking(round, partner))
      .map((partner) => ({ id: partnerId(round, partner), name: `P${partner}` })),
    respondents: answering(round, upToWave).map(({ person, index }) => ({
      id: `v${variable(index, round)}`,
      partnerId: partnerId(round, person.partner),
      role: person.role,
      release: state[round]?.releaseOf.get(index) ?? null,
      answers: answersOf(index, round),
    })),
    releases: [...(state[round]?.releases ?? [])],
  });
  const partnerKeys = (round: number) =>
    new Map(Array.from({ length: scenario.partners }, (_, partner) => [partnerId(round, partner), `o${partner}`]));

  for (let round = 0; round < scenario.rounds; round++) {
    for (let wave = 1; wave <= scenario.waves; wave++) {
      // As the app does: store a new release before showing anything from it.
      const plan = planForInput(inputFor(round, wave));
      const own = state[round];
      if (own && plan.isNewRelease && plan.release) {
        for (const id of plan.newlyReleased) {
          const index = variables[Number(id.slice(1))]?.person;
          if (index !== undefined) own.releaseOf.set(index, plan.release.index);
        }
        own.releases.push(plan.release);
      }
      const input = inputFor(round, wave);
      const counted = answering(round, wave).filter(({ index }) => own?.releaseOf.has(index));
      const group = (filter: (entry: (typeof counted)[number]) => boolean) => {
        const members = counted.filter(filter).map(({ index }) => variable(index, round));
        published.push(members);
        return members;
      };
      // The round's own pages.
      const diagnosis = diagnose(input);
      if (diagnosis.release !== null) {
        group(() => true);
        for (const partner of diagnosis.partners) {
          if (partner.suppressed) continue;
          shownGroupSizes.push(group(({ person }) => partnerId(round, person.partner) === partner.id).length);
        }
        const pooled = new Set(diagnosis.partners.filter((p) => p.status === "pooled").map((p) => p.id));
        if (diagnosis.pool)
          shownGroupSizes.push(group(({ person }) => pooled.has(partnerId(round, person.partner))).length);
        for (const role of diagnosis.roles) shownGroupSizes.push(group(({ person }) => person.role === role.id).length);
      }
      // The trend over every round so far, this one as it stands now. The attacker reads it as published:
      // a shown cell of a partner in a round is the sum over that partner's counted people of that round.
      const rounds: TrendRound[] = Array.from({ length: round + 1 }, (_, earlier) => ({
        number: earlier + 1,
        input: earlier === round ? input : inputFor(earlier, scenario.waves),
        partnerKeys: partnerKeys(earlier),
      }));
      const trend = buildTrend(rounds);
      trend.rounds.forEach((info, r) => {
        const roundCounted = answering(r, r === round ? wave : scenario.waves).filter(({ index }) =>
          state[r]?.releaseOf.has(index),
        );
        if (trend.lenses.some((lens) => lens.cells[r]?.status === "shown")) {
          published.push(roundCounted.map(({ index }) => variable(index, r)));
          expect(roundCounted.length).toBe(info.respondentCount);
        }
        for (const partner of trend.partners) {
          const shown = partner.rounds[r];
          if (shown?.status !== "shown") continue;
          const members = roundCounted.filter(({ person }) => `o${person.partner}` === partner.key);
          published.push(members.map(({ index }) => variable(index, r)));
          shownGroupSizes.push(members.length);
        }
      });
    }
  }

  /** Open reporting: someone counted in a partner shown smaller than the threshold chose to be recognisable. */
  const isProtected = (index: number) => {
    if (scenario.mode === "group") return true;
    const { person, round } = variables[index] as Variable;
    const own = state[round];
    const first = own?.releaseOf.get(person);
    if (!own || first === undefined) return true;
    const partner = partnerId(round, scenario.people[person]?.partner ?? 0);
    return !own.releases.some(
      (release) =>
        release.index >= first &&
        release.reportedPartners.includes(partner) &&
        scenario.people.filter(
          (other, other_index) =>
            partnerId(round, other.partner) === partner &&
            (own.releaseOf.get(other_index) ?? Infinity) <= release.index,
        ).length < scenario.threshold,
    );
  };
  return { variables: variables.length, published, shownGroupSizes, isProtected, inputFor, partnerKeys };
}

describe("anonymity across rounds, under attack", () => {
  it("lets nobody work out anyone's answers in any round from every round's figures and the trend, over hundreds of collaborations", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { variables, published, isProtected } = publish(scenario);
        expect(singledOut(variables, published, isProtected)).toEqual([]);
      }),
      propertyRuns(300),
    );
  });

  it("never shows a group smaller than the threshold in group reporting, in a round or in the trend", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary.filter((scenario) => scenario.mode === "group"),
        (scenario) => {
          for (const size of publish(scenario).shownGroupSizes) expect(size).toBeGreaterThanOrEqual(scenario.threshold);
        },
      ),
      propertyRuns(200),
    );
  });

  it("keeps each round's figures to that round's answers: other rounds' answers never move them", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (scenario, seed) => {
        const { inputFor, partnerKeys } = publish(scenario);
        const rounds = (changed: number | null): TrendRound[] =>
          Array.from({ length: scenario.rounds }, (_, round) => {
            const input = inputFor(round, scenario.waves);
            const answers = (index: number) => answersFor("quick", { level: 1 + ((index + seed) % 5) }, seed + index);
            return {
              number: round + 1,
              partnerKeys: partnerKeys(round),
              input:
                changed === round
                  ? { ...input, respondents: input.respondents.map((r, index) => ({ ...r, answers: answers(index) })) }
                  : input,
            };
          });
        const before = buildTrend(rounds(null));
        const changedRound = seed % scenario.rounds;
        const after = buildTrend(rounds(changedRound));
        const otherRounds = (trend: typeof before) =>
          JSON.stringify({
            lenses: trend.lenses.map((lens) => lens.cells.filter((_, r) => r !== changedRound)),
            statements: trend.statements.map((statement) => statement.cells.filter((_, r) => r !== changedRound)),
            partners: trend.partners.map((partner) => partner.rounds.filter((_, r) => r !== changedRound)),
          });
        expect(otherRounds(after)).toBe(otherRounds(before));
      }),
      propertyRuns(100),
    );
  });

  it("finds the leak in a trend that would show a partner its round pooled", () => {
    // The attack must be able to fail. Round 1 pools Alpha (two people) with Beta (two people);
    // a trend line for Alpha in round 1 would give Alpha's two a total of their own, and either
    // of them, knowing their own answer, the other's.
    const roundOne = [0, 1, 2, 3];
    const pooled = [0, 1, 2, 3];
    const alphaInTheTrend = [0, 1];
    expect(singledOut(4, [roundOne, pooled, alphaInTheTrend], () => true)).toContainEqual({ observer: 0, victim: 1 });
  });
});
