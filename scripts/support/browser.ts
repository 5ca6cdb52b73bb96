import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The Chromium for end-to-end tests and Lighthouse. These machines cannot
 * download Playwright's browser, so Debian's Chromium is used where it is
 * there; this installs it (as root with apt) or, elsewhere, Playwright's own.
 * Returns the browser's executable, or undefined for Playwright's default.
 */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export function ensureBrowser(): string | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  if (process.platform === "linux" && isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's Chromium…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
    return SYSTEM_CHROMIUM;
  }
  console.log("Installing Playwright's Chromium…");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  return undefined;
}
