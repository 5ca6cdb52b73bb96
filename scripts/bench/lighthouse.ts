import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createDatabaseClient } from "../../lib/server/database-client";
import { createDemoCopy } from "../../lib/server/demo/create-demo-scan";
import { generateToken, hashToken } from "../../lib/server/tokens";
import { withApp } from "../support/app-server";
import { ensureBrowser } from "../support/browser";

/**
 * Lighthouse (mobile emulation, simulated slow 4G) against `next start` on
 * 127.0.0.1 with the demo data, in Debian's Chromium: the home page, the
 * first questionnaire step of a demo respondent, and the demo scan's results
 * overview. Each page is audited three times and the median score is kept,
 * as Lighthouse's own guidance advises against single runs.
 */
const RUNS = 3;

type Scores = { perf: number; a11y: number; bestPractices: number };

async function demoPaths(databaseUrl: string): Promise<Record<string, string>> {
  const db = createDatabaseClient(databaseUrl);
  try {
    const managementToken = await createDemoCopy(db);
    const scan = await db.scan.findFirstOrThrow({
      where: { collaboration: { isDemo: true } },
      include: { partners: true },
    });
    const token = generateToken();
    await db.respondent.create({
      data: { scanId: scan.id, partnerId: scan.partners[0]?.id ?? null, role: "manager", tokenHash: hashToken(token) },
    });
    return {
      home: "/",
      questionnaire: `/r/${token}/ambition`,
      results: `/beheer/${managementToken}/ronde/1/resultaten`,
    };
  } finally {
    await db.$disconnect();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  });
  const categories = result?.lhr.categories;
  const score = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
  return { perf: score("performance"), a11y: score("accessibility"), bestPractices: score("best-practices") };
}

export async function benchLighthouse(): Promise<Record<string, number>> {
  return withApp({ name: "lighthouse", env: { SEED_DEMO: "true" } }, async (app, databaseUrl) => {
    const paths = await demoPaths(databaseUrl);
    const chromePath = process.env.CHROME_PATH ?? ensureBrowser() ?? chromium.executablePath();
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    try {
      const figures: Record<string, number> = {};
      for (const [page, path] of Object.entries(paths)) {
        const response = await fetch(`${app.base}${path}`);
        if (!response.ok) throw new Error(`${page} answered ${response.status}; Lighthouse would audit an error page`);
        const runs: Scores[] = [];
        for (let run = 0; run < RUNS; run++) runs.push(await audit(`${app.base}${path}`, chrome.port));
        figures[`lighthouse_perf ${page}`] = median(runs.map((scores) => scores.perf));
        figures[`lighthouse_a11y ${page}`] = median(runs.map((scores) => scores.a11y));
        figures[`lighthouse_best_practices ${page}`] = median(runs.map((scores) => scores.bestPractices));
      }
      const lowest = (prefix: string) =>
        Math.min(...Object.entries(figures).flatMap(([key, value]) => (key.startsWith(`${prefix} `) ? [value] : [])));
      figures.lighthouse_perf = lowest("lighthouse_perf");
      figures.lighthouse_a11y = lowest("lighthouse_a11y");
      figures.lighthouse_best_practices = lowest("lighthouse_best_practices");
      return figures;
    } finally {
      chrome.kill();
    }
  });
}
