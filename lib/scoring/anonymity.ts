/**
 * Which groups may show a figure. A group's figure is hidden when it rests on
 * fewer answers than the threshold, or when the group itself is hidden (too
 * few respondents, or not a reportable group such as "no partner"). Because
 * the overall figure is shown, the hidden answers could be worked out by
 * subtracting the visible groups from it; so while the hidden answers add up
 * to fewer than the threshold, the smallest visible group is hidden as well
 * (complementary suppression).
 */
export function visibleGroups(
  counts: ArrayLike<number>,
  isGroupHidden: (group: number) => boolean,
  threshold: number,
): boolean[] {
  const visible: boolean[] = [];
  let hiddenTotal = 0;
  for (let group = 0; group < counts.length; group++) {
    const count = counts[group] ?? 0;
    const isVisible = count >= threshold && !isGroupHidden(group);
    visible.push(isVisible);
    if (!isVisible) hiddenTotal += count;
  }
  while (hiddenTotal > 0 && hiddenTotal < threshold) {
    let smallest = -1;
    for (let group = 0; group < counts.length; group++) {
      if (visible[group] && (smallest === -1 || (counts[group] ?? 0) < (counts[smallest] ?? 0))) smallest = group;
    }
    if (smallest === -1) break;
    visible[smallest] = false;
    hiddenTotal += counts[smallest] ?? 0;
  }
  return visible;
}
