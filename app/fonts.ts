import localFont from "next/font/local";

// next/font/google needs the network at build time; the font ships in an npm package instead.
// The latin subset covers the Dutch diacritics (é, ë, ï, ü). "optional": a font that is not there at
// once (a slow first visit) is not swapped in later, so text never re-renders or moves; the next page has it.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-inter",
});
