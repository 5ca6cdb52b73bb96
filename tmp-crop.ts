// Crops a PNG by loading it in Chromium: npx tsx crop.ts in.png out.png x y w h
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const [input, output, x, y, w, h] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  const data = readFileSync(input as string).toString("base64");
  await page.setContent(
    `<body style="margin:0"><img src="data:image/png;base64,${data}" style="position:absolute;left:-${x}px;top:-${y}px"></body>`,
  );
  await page.screenshot({ path: output as string });
  await browser.close();
})();
