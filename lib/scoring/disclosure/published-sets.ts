import type { Member, Release } from "./types";

/**
 * Every set of respondents whose sum some published figure reveals, over the
 * whole history of releases: per release the overall, each reported partner,
 * the pool of other partners and each shown role. People are grouped into
 * cells (those in exactly the same sets), and the sets become rows of a
 * matrix over the cells: the input of `identifiability`.
 */
export type PublishedSets = {
  /** Row per published set, column per cell. */
  matrix: number[][];
  /** The respondents of each cell. */
  cells: string[][];
  /** Each cell's partner (partners never mix in a cell). */
  cellPartner: (string | null)[];
  /** The release that first showed each cell (its people share it: membership differs by release). */
  cellRelease: number[];
};

export function publishedSets(members: readonly Member[], releases: readonly Release[]): PublishedSets {
  const sets: ((member: Member) => boolean)[] = [];
  for (const release of releases) {
    const isIn = (member: Member) => member.release !== null && member.release <= release.index;
    sets.push(isIn);
    for (const partnerId of release.reportedPartners)
      sets.push((member) => isIn(member) && member.partnerId === partnerId);
    if (release.pooledPartners.length > 0) {
      const pooled = new Set(release.pooledPartners);
      sets.push((member) => isIn(member) && pooled.has(member.partnerId ?? ""));
    }
    for (const role of release.roles) sets.push((member) => isIn(member) && member.role === role);
  }

  const cellOf = new Map<string, number>();
  const cells: string[][] = [];
  const cellPartner: (string | null)[] = [];
  const cellRelease: number[] = [];
  const columns: boolean[][] = [];
  for (const member of members) {
    if (member.release === null) continue;
    // Partners never share a cell: someone who knows which partner a person belongs to can always separate them.
    const membership = sets.map((isIn) => isIn(member));
    const key = `${member.partnerId ?? ""}|${membership.map(Number).join("")}`;
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = cells.length;
      cellOf.set(key, cell);
      cells.push([]);
      cellPartner.push(member.partnerId);
      cellRelease.push(member.release);
      columns.push(membership);
    }
    (cells[cell] as string[]).push(member.id);
  }
  const matrix = sets.map((_, row) => columns.map((membership) => (membership[row] ? 1 : 0)));
  return { matrix, cells, cellPartner, cellRelease };
}
