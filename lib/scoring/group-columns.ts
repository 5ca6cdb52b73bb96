import type { Diagnosis, GroupResult } from "./types";

/**
 * The groups results show side by side: each partner with figures of its
 * own, then the other partners together. Each keeps the colour of its
 * partner's position, so a partner has the same colour on every page.
 */
export type GroupColumn = GroupResult & { colourIndex: number; isPool: boolean };

export function groupColumns(diagnosis: Diagnosis, poolName: string): GroupColumn[] {
  const partners = diagnosis.partners
    .map((partner, index): GroupColumn => ({ ...partner, colourIndex: index, isPool: false }))
    .filter((partner) => !partner.suppressed);
  return diagnosis.pool
    ? [...partners, { ...diagnosis.pool, name: poolName, colourIndex: diagnosis.partners.length, isPool: true }]
    : partners;
}
