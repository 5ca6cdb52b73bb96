import type { Dimension } from "./aggregate";
import { visibleGroups } from "./anonymity";

/**
 * Visibility of every figure for every group of a dimension, as one flat
 * array indexed like the dimension's sums (figure × groupCount + group).
 */
export function visibilityOf(
  dimension: Dimension,
  figureCount: number,
  threshold: number,
  isUnreportable: (group: number) => boolean,
): Uint8Array {
  const visible = new Uint8Array(figureCount * dimension.groupCount);
  const isGroupHidden = (group: number) => isUnreportable(group) || (dimension.respondents[group] ?? 0) < threshold;
  for (let f = 0; f < figureCount; f++) {
    const start = f * dimension.groupCount;
    const counts = dimension.count.subarray(start, start + dimension.groupCount);
    visibleGroups(counts, isGroupHidden, threshold).forEach((isVisible, group) => {
      if (isVisible) visible[start + group] = 1;
    });
  }
  return visible;
}
