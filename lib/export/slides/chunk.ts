/**
 * Splits a list over slides so that each slide fits the screen: at most
 * `maxItems` per slide and at most `maxChars` characters of text, but always
 * at least one item. A slide's text must fit at 1280 × 720 as on a projector;
 * the end-to-end test checks it does.
 */
export function chunkForSlides<T>(
  items: readonly T[],
  size: (item: T) => number,
  maxItems: number,
  maxChars: number,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    const length = size(item);
    if (current.length > 0 && (current.length >= maxItems || chars + length > maxChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** "Title (2 of 3)" when a topic runs over more than one slide. */
export function partTitle(
  title: string,
  index: number,
  count: number,
  part: (values: { part: number; parts: number }) => string,
) {
  return count > 1 ? `${title} ${part({ part: index + 1, parts: count })}` : title;
}
