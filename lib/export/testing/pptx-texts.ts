import JSZip from "jszip";

/** The texts of each slide of a PowerPoint file, in slide order, joined by " | " (XML entities as written). */
export async function pptxTexts(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  return Promise.all(
    names.map(async (name) =>
      [...((await zip.file(name)?.async("string")) ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((match) => match[1])
        .join(" | "),
    ),
  );
}
