import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkForSlides } from "./chunk";

describe("chunkForSlides", () => {
  it("keeps every item, in order, within the limits of items and characters per slide", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 })), fc.integer({ min: 1, max: 5 }), (items, maxItems) => {
        const chunks = chunkForSlides(items, (item) => item.length, maxItems, 600);
        expect(chunks.flat()).toEqual(items);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(maxItems);
          const chars = chunk.reduce((sum, item) => sum + item.length, 0);
          // A single item longer than the budget gets a slide of its own.
          if (chunk.length > 1) expect(chars).toBeLessThanOrEqual(600);
        }
      }),
    );
  });
});
