import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { timeouts } from "../../tests/support/timeouts";
import { freePort } from "./free-port";

/**
 * Starts the production build (`next start`) on 127.0.0.1, on a port the OS
 * chooses, with a database of its own, for benchmarks, the load test and the
 * crash test. Builds first when there is no build. The server runs in its own
 * process group, so stopping it stops every process it started.
 */
export type AppServer = {
  base: string;
  /** Resident memory of the server's processes together, in MiB. */
  rssMb(): number;
  /** Stops the server; SIGKILL simulates a crash. Resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export type AppServerOptions = {
  /**
   * A SQLite `file:` URL, or a `postgresql://` URL of a database that exists
   * (tests/support/postgres.ts starts a server and creates one); the
   * migrations are applied to it before the app starts.
   */
  databaseUrl: string;
  /** Start from an empty SQLite file (default) or keep the file as it is; a PostgreSQL database is used as it is. */
  fresh?: boolean;
  /** The database already has the migrations (another instance on it applied them): start at once. */
  isPrepared?: boolean;
  env?: Record<string, string>;
};

/** A database file for one run of a tool, so two runs side by side never share one. */
export function scratchDatabaseUrl(name: string): string {
  return `file:./data/${name}-${process.pid}.db`;
}

export function ensureBuild(): void {
  if (existsSync(".next/BUILD_ID")) return;
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("the build failed");
}

/** Deletes a SQLite database file; a PostgreSQL database is the caller's to drop (or its server's to delete). */
export function removeDatabase(databaseUrl: string): void {
  if (!databaseUrl.startsWith("file:")) return;
  const file = databaseUrl.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

/** Waits until the server answers its health check; fails early when the process exits. */
export async function waitForHealth(base: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeouts.serverStart;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new ServerExitedError(child.exitCode ?? child.signalCode ?? "unknown");
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${base} did not become healthy within ${timeouts.serverStart / 1000} s`);
}

class ServerExitedError extends Error {
  constructor(code: number | string) {
    super(`the server exited before it was ready (${code})`);
  }
}

export function processGroupRssMb(groupId: number): number {
  const result = spawnSync("ps", ["-o", "rss=", "-g", String(groupId)], { encoding: "utf8" });
  const kb = result.stdout
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((value) => Number.isFinite(value) && value > 0)
    .reduce((sum, value) => sum + value, 0);
  return Math.round(kb / 1024);
}

/** Runs a long-lived command in its own process group and returns a handle that can stop the whole group. */
export function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

export function stopGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid, signal);
    } catch {
      resolve();
    }
  });
}

/** Applies the migrations (and WAL mode for SQLite) to the database in `env.DATABASE_URL`, as `npm start` does. */
export function prepareDatabase(env: NodeJS.ProcessEnv): void {
  const deploy = spawnSync("npx", ["tsx", "scripts/db-deploy.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (deploy.status !== 0) throw new Error("preparing the database failed");
}

/**
 * Starts a server with `start(port)` on a free port and waits until it is
 * healthy. Another process may take the port between the OS offering it and
 * the server binding it; the server then exits at once, and a new port is tried.
 */
export async function startOnFreePort(
  start: (port: number) => ChildProcess,
): Promise<{ child: ChildProcess; base: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = start(port);
    try {
      await waitForHealth(base, child);
      return { child, base };
    } catch (error) {
      await stopGroup(child, "SIGKILL");
      if (!(error instanceof ServerExitedError) || attempt === 3) throw error;
    }
  }
}

/**
 * Keep idle connections open for 65 s, as `npm start` does: with Node's 5 s a
 * client that pauses a little longer (a phone between steps, a load generator
 * on a starved machine) writes its next save into a socket the server is
 * closing, and that save gets a connection reset instead of an answer.
 */
const KEEP_ALIVE = ["--keepAliveTimeout", "65000"];

export async function startApp(options: AppServerOptions): Promise<AppServer> {
  ensureBuild();
  if (options.fresh !== false && !options.isPrepared) removeDatabase(options.databaseUrl);
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    NODE_ENV: "production" as const,
    ...options.env,
  };
  if (!options.isPrepared) prepareDatabase(env);
  const { child, base } = await startOnFreePort((port) =>
    spawnGroup(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port), ...KEEP_ALIVE],
      env,
    ),
  );
  return {
    base,
    rssMb: () => (child.pid ? processGroupRssMb(child.pid) : 0),
    stop: (signal) => stopGroup(child, signal),
  };
}

/**
 * Starts the app, runs `work` against it, and always stops it. Without
 * `databaseUrl` it runs on a fresh scratch SQLite file, removed afterwards;
 * a `postgresql://` URL names a database the caller created and drops.
 */
export async function withApp<T>(
  options: Omit<AppServerOptions, "databaseUrl" | "fresh"> & { name: string; databaseUrl?: string },
  work: (app: AppServer, databaseUrl: string) => Promise<T>,
): Promise<T> {
  const databaseUrl = options.databaseUrl ?? scratchDatabaseUrl(options.name);
  const app = await startApp({ databaseUrl, env: options.env });
  try {
    return await work(app, databaseUrl);
  } finally {
    await app.stop();
    removeDatabase(databaseUrl);
  }
}
