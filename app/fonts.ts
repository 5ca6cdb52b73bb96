import localFont from "next/font/local";

// next/font/google needs the network at build time; the font ships in an npm package instead.
// The latin subset covers the Dutch diacritics (é, ë, ï, ü).
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-inter",
});
