import PptxGenJS from "pptxgenjs";
import type { DeckSlide } from "../slides/slide";
import { drawSlide } from "./draw-slide";

/**
 * The workshop's slides as a PowerPoint file (16:9), for advisors who
 * present in PowerPoint or Keynote: the same slides, figures and charts as
 * the workshop mode, from the same model, with the meeting's review of the
 * previous round's actions and its decisions. Bars are native charts, so they can
 * be restyled; paradox lines and figure chips are shapes.
 */
export async function renderPptx(
  slides: readonly DeckSlide[],
  meta: { title: string; author: string | null },
): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = meta.title;
  pptx.company = "Samenwerkingsscan";
  if (meta.author) pptx.author = meta.author;
  for (const slide of slides) drawSlide(pptx, slide);
  const output = await pptx.write({ outputType: "nodebuffer" });
  return Buffer.from(output as Uint8Array);
}
