import { createRequire } from "node:module";
import { join } from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The report's typeface: Inter, the screen's, as TrueType files from an npm
 * package (@expo-google-fonts/inter), so it installs with `npm install` alone
 * and renders without a network. The PDF's built-in Helvetica lacks the minus
 * sign of "−3 … +3", the arrow of "62 → 70", "≥" and the Greek α, which
 * vanished from the page; Inter has them all.
 *
 * The files are looked up from the project's root at run time, not bundled:
 * the renderer reads them from disk, and the app runs from its root (as its
 * database path already assumes).
 */
export const REPORT_FONT = "Inter";

const fromProject = createRequire(join(process.cwd(), "package.json"));
const file = (name: string) => fromProject.resolve(`@expo-google-fonts/inter/${name}/Inter_${name}.ttf`);

// Per process: the PDF renderer of each instance needs the font registered once.
let isRegistered = false;

/** Registers the report's typeface once per process (regular, bold, italic, bold italic). */
export function registerReportFont(): void {
  if (isRegistered) return;
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: file("400Regular") },
      { src: file("400Regular_Italic"), fontStyle: "italic" },
      { src: file("700Bold"), fontWeight: 700 },
      { src: file("700Bold_Italic"), fontWeight: 700, fontStyle: "italic" },
    ],
  });
  isRegistered = true;
}
