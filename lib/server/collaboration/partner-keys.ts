/**
 * Which partner rows are the same partner through the rounds: a partner that
 * carried over points to its row in the previous round. The key of each row
 * is the id of the first row of its chain.
 */
export function partnerKeys(rows: readonly { id: string; carriedFromId: string | null }[]): Map<string, string> {
  const from = new Map(rows.map((row) => [row.id, row.carriedFromId]));
  const keys = new Map<string, string>();
  const keyOf = (id: string): string => {
    const known = keys.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let current = id;
    // A chain ends at a row without a previous one, or one outside these rows; `seen` guards against a loop.
    for (let previous = from.get(current); previous && from.has(previous) && !seen.has(previous); ) {
      seen.add(current);
      current = previous;
      previous = from.get(current);
    }
    keys.set(id, current);
    return current;
  };
  for (const row of rows) keyOf(row.id);
  return keys;
}
