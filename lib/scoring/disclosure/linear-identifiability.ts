/**
 * What can be worked out from published sums, exactly.
 *
 * Each published figure is a sum over a set of people (a mean with a known
 * count is a sum). People who belong to exactly the same published sets are
 * indistinguishable in them; such a class is a cell. `matrix` has one row per
 * published set and one column per cell (1 when the cell lies in the set).
 * Any combination of sums and differences of published sets is a vector in
 * the row space of this matrix, so:
 *
 * - a cell's total can be worked out exactly when its unit vector lies in the
 *   row space, which is when every vector of the null space is 0 there;
 * - someone alone in a cell who knows their own answer can work out another
 *   lone person's answer exactly when the two cells' coordinates in the null
 *   space are parallel (knowing one fixes the other).
 *
 * The row space is found by exact Gaussian elimination over the rationals
 * (BigInt numerators with a common pivot denominator per row), so no rounding
 * can hide or invent a disclosure. The reduced row echelon form gives a null
 * space basis directly: one vector per free column.
 */
export type Identifiability = {
  /** The cell's total follows from the published sums. */
  isDetermined(cell: number): boolean;
  /** Knowing one of the two cells' totals fixes the other's. */
  areLinked(cell: number, other: number): boolean;
};

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Divides a row by the gcd of its entries, keeping its pivot positive. */
function normalise(row: bigint[], pivotColumn: number): void {
  let divisor = 0n;
  for (const value of row) if (value !== 0n) divisor = gcd(divisor, value);
  if (divisor > 1n) for (let c = 0; c < row.length; c++) row[c] = (row[c] as bigint) / divisor;
  if ((row[pivotColumn] as bigint) < 0n) for (let c = 0; c < row.length; c++) row[c] = -(row[c] as bigint);
}

export function identifiability(matrix: readonly (readonly number[])[], columns: number): Identifiability {
  const rows = matrix.map((row) => Array.from({ length: columns }, (_, c) => BigInt(row[c] ?? 0)));
  const pivotRowOfColumn = new Int32Array(columns).fill(-1);
  const pivots: { row: bigint[]; column: number }[] = [];

  let next = 0;
  for (let column = 0; column < columns && next < rows.length; column++) {
    let found = -1;
    for (let r = next; r < rows.length; r++) {
      if ((rows[r] as bigint[])[column] !== 0n) {
        found = r;
        break;
      }
    }
    if (found === -1) continue;
    [rows[next], rows[found]] = [rows[found] as bigint[], rows[next] as bigint[]];
    const pivotRow = rows[next] as bigint[];
    normalise(pivotRow, column);
    const pivotValue = pivotRow[column] as bigint;
    // Clear this column in every other row (above too: reduced form), fraction-free.
    for (let r = 0; r < rows.length; r++) {
      if (r === next) continue;
      const row = rows[r] as bigint[];
      const factor = row[column] as bigint;
      if (factor === 0n) continue;
      for (let c = 0; c < columns; c++) row[c] = (row[c] as bigint) * pivotValue - factor * (pivotRow[c] as bigint);
      const lead = row.findIndex((value) => value !== 0n);
      if (lead >= 0) normalise(row, lead);
    }
    pivotRowOfColumn[column] = pivots.length;
    pivots.push({ row: pivotRow, column });
    next++;
  }

  const freeColumns: number[] = [];
  for (let column = 0; column < columns; column++) if (pivotRowOfColumn[column] === -1) freeColumns.push(column);

  /**
   * The cell's coordinates in the null space basis (one per free column):
   * a free column is its own basis vector; a pivot column x_p = −Σ (R[p][f] / R[p][p]) x_f.
   * Scaled by the pivot value (scaling does not change parallelism or zeroness).
   */
  const coordinates = (cell: number): bigint[] => {
    const pivotIndex = pivotRowOfColumn[cell] as number;
    if (pivotIndex === -1) return freeColumns.map((free) => (free === cell ? 1n : 0n));
    const row = (pivots[pivotIndex] as { row: bigint[] }).row;
    return freeColumns.map((free) => -(row[free] as bigint));
  };

  /** The direction of a cell's coordinates, as text: equal keys mean parallel vectors; "0" is the zero vector. */
  const keys = new Map<number, string>();
  const directionKey = (cell: number): string => {
    const known = keys.get(cell);
    if (known !== undefined) return known;
    const vector = coordinates(cell);
    const lead = vector.find((value) => value !== 0n);
    let key = "0";
    if (lead !== undefined) {
      let divisor = 0n;
      for (const value of vector) if (value !== 0n) divisor = gcd(divisor, value);
      if (lead < 0n) divisor = -divisor;
      key = vector.map((value) => (value / divisor).toString()).join(",");
    }
    keys.set(cell, key);
    return key;
  };

  return {
    isDetermined: (cell) => directionKey(cell) === "0",
    areLinked: (cell, other) => {
      const a = directionKey(cell);
      const b = directionKey(other);
      return a === "0" || b === "0" || a === b;
    },
  };
}
