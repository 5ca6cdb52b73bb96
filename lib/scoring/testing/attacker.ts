/**
 * An attacker for the disclosure tests, written apart from the rules it
 * attacks: it sees which groups of people every release published a sum for,
 * knows one person's own answer, and looks for any combination of sums and
 * differences of those groups that gives another single person's answer. It
 * works on people directly (no cells), in arithmetic modulo a prime (not the
 * rules' exact rationals), so a shared mistake is unlikely.
 */
const PRIME = 67_108_859; // below 2^26: products of two residues stay exact in a double

function mod(value: number): number {
  const rest = value % PRIME;
  return rest < 0 ? rest + PRIME : rest;
}

function inverse(value: number): number {
  // Fermat: a^(p−2) mod p, by squaring.
  let result = 1;
  let base = mod(value);
  let exponent = PRIME - 2;
  while (exponent > 0) {
    if (exponent & 1) result = mod(result * base);
    base = mod(base * base);
    exponent = Math.floor(exponent / 2);
  }
  return result;
}

/** Row-reduced rows (each with a pivot of 1) of the given 0/1 rows over people. */
function reduce(rows: readonly (readonly number[])[], width: number): { pivot: number; row: number[] }[] {
  const basis: { pivot: number; row: number[] }[] = [];
  for (const original of rows) {
    const row = Array.from({ length: width }, (_, column) => mod(original[column] ?? 0));
    for (const { pivot, row: basisRow } of basis) {
      const factor = row[pivot] as number;
      if (factor === 0) continue;
      for (let column = 0; column < width; column++)
        row[column] = mod((row[column] as number) - factor * (basisRow[column] as number));
    }
    const pivot = row.findIndex((value) => value !== 0);
    if (pivot === -1) continue;
    const scale = inverse(row[pivot] as number);
    for (let column = 0; column < width; column++) row[column] = mod((row[column] as number) * scale);
    for (const entry of basis) {
      const factor = entry.row[pivot] as number;
      if (factor === 0) continue;
      for (let column = 0; column < width; column++)
        entry.row[column] = mod((entry.row[column] as number) - factor * (row[column] as number));
    }
    basis.push({ pivot, row });
  }
  return basis;
}

function isInRowSpace(basis: readonly { pivot: number; row: number[] }[], vector: number[]): boolean {
  const rest = [...vector];
  for (const { pivot, row } of basis) {
    const factor = rest[pivot] as number;
    if (factor === 0) continue;
    for (let column = 0; column < rest.length; column++)
      rest[column] = mod((rest[column] as number) - factor * (row[column] as number));
  }
  return rest.every((value) => value === 0);
}

/**
 * Every (observer, victim) pair where the observer, knowing their own answer
 * and every published sum, can work out the victim's answer exactly.
 * `groups` are the published groups as lists of person indices.
 */
export function singledOut(
  people: number,
  groups: readonly (readonly number[])[],
  isProtected: (person: number) => boolean,
) {
  const rows = groups.map((group) => {
    const row = new Array<number>(people).fill(0);
    for (const person of group) row[person] = 1;
    return row;
  });
  const found: { observer: number; victim: number }[] = [];
  const unit = (person: number) => Array.from({ length: people }, (_, index) => (index === person ? 1 : 0));
  for (let observer = 0; observer < people; observer++) {
    const basis = reduce([...rows, unit(observer)], people);
    for (let victim = 0; victim < people; victim++) {
      if (victim === observer || !isProtected(victim)) continue;
      if (isInRowSpace(basis, unit(victim))) found.push({ observer, victim });
    }
  }
  return found;
}
