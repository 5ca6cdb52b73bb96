import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/**
 * The compressed JavaScript each page route sends on first load, read from
 * the production build: the framework's main chunks plus every chunk of the
 * route's layouts, boundaries and page (Turbopack builds no longer print
 * these sizes). Polyfills for old browsers are left out: modern browsers skip them.
 */
const BUILD = ".next";
const QUESTIONNAIRE_ROUTE = "/r/[token]/[step]";

type RouteManifest = { entryJSFiles?: Record<string, string[]> };

function filesNamed(folder: string, name: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesNamed(path, name);
    return entry.name === name ? [path] : [];
  });
}

const gzipped = new Map<string, number>();
function gzipKb(chunk: string): number {
  let size = gzipped.get(chunk);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(BUILD, chunk))).length / 1024;
    gzipped.set(chunk, size);
  }
  return size;
}

/** "/r/[token]/(vragenlijst)/[step]/page" → "/r/[token]/[step]" */
function routeName(manifestKey: string): string {
  const path = manifestKey
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
  return path === "" ? "/" : path;
}

export function firstLoadJsKb(): Record<string, number> {
  const rootMain = JSON.parse(readFileSync(join(BUILD, "build-manifest.json"), "utf8")).rootMainFiles as string[];
  const perRoute: Record<string, number> = {};
  for (const path of filesNamed(join(BUILD, "server", "app"), "page_client-reference-manifest.js")) {
    const sandbox: { globalThis: { __RSC_MANIFEST?: Record<string, RouteManifest> } } = { globalThis: {} };
    runInNewContext(readFileSync(path, "utf8"), sandbox);
    for (const [key, manifest] of Object.entries(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
      const route = routeName(key);
      if (route.startsWith("/_")) continue; // Next's own error pages
      const chunks = new Set([...rootMain, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
      perRoute[route] = Math.round([...chunks].reduce((sum, chunk) => sum + gzipKb(chunk), 0) * 10) / 10;
    }
  }
  const routes = Object.keys(perRoute).sort();
  const figures: Record<string, number> = {};
  for (const route of routes) figures[`first_load_js_kb ${route}`] = perRoute[route] ?? 0;
  figures.first_load_js_kb_max = Math.max(...Object.values(perRoute));
  figures.first_load_js_kb_questionnaire = perRoute[QUESTIONNAIRE_ROUTE] ?? Number.NaN;
  return figures;
}
