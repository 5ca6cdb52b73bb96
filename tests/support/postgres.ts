/**
 * A real PostgreSQL server for tests, benchmarks and tools, from the Debian
 * package (`apt-get install postgresql`): a throwaway data directory, one
 * server on 127.0.0.1 and a port the OS chooses, stopped and deleted by
 * `stop()`. PostgreSQL refuses to run as root, and CI runs as root, so as
 * root the server runs as the `postgres` system user.
 */
import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/support/free-port";

const BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export type PostgresServer = {
  port: number;
  /** The URL of `database` on this server (the superuser `postgres`, no password: trust on 127.0.0.1 only). */
  url(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once and deletes its data directory. */
  stop(): void;
};

export type PostgresOptions = {
  /**
   * Durable as in production (fsync on every commit) for benchmarks; tests
   * leave it off, as their data is thrown away and a crash of the machine
   * is not what they test.
   */
  durable?: boolean;
};

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
function runProgram(program: string, args: string[], options: SpawnSyncOptions = {}): void {
  const [command, fullArgs] = isRoot()
    ? ["runuser", ["-u", "postgres", "--", join(BIN, program), ...args]]
    : [join(BIN, program), args];
  const result = spawnSync(command, fullArgs, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${program} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
  }
}

export function isPostgresInstalled(): boolean {
  return existsSync(join(BIN, "initdb"));
}

/** Starts a fresh server; retries with another port when one was taken between choosing and binding it. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  if (!isPostgresInstalled()) {
    throw new Error(`PostgreSQL is not installed (no ${BIN}/initdb): apt-get install postgresql`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), "samenwerkingsscan-pg-"));
  try {
    if (isRoot()) {
      const [uid, gid] = ["-u", "-g"].map((flag) =>
        Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim()),
      );
      chownSync(dataDir, uid ?? 0, gid ?? 0);
    }
    chmodSync(dataDir, 0o700);
    // C collation: text sorts by code point, as in SQLite, so both databases order names alike.
    runProgram("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C"]);
    const speed = options.durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"];
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = [
        "-c listen_addresses=127.0.0.1",
        `-p ${port}`,
        "-c unix_socket_directories=''",
        "-c max_connections=200",
        ...speed,
      ].join(" ");
      try {
        runProgram("pg_ctl", [
          "start",
          "-w",
          "-t",
          "60",
          "-D",
          dataDir,
          "-l",
          join(dataDir, "server.log"),
          "-o",
          settings,
        ]);
      } catch (error) {
        if (attempt === 3) throw new Error(`${error}\n${readLog(dataDir)}`);
        continue;
      }
      return serverHandle(dataDir, port);
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

function readLog(dataDir: string): string {
  const log = join(dataDir, "server.log");
  return existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "";
}

function serverHandle(dataDir: string, port: number): PostgresServer {
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  let isStopped = false;
  return {
    port,
    url,
    async createDatabase(name) {
      return createSiblingDatabase(url("postgres"), name);
    },
    stop() {
      if (isStopped) return;
      isStopped = true;
      try {
        runProgram("pg_ctl", ["stop", "-m", "immediate", "-D", dataDir]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The URL of another database on the server of `databaseUrl`. */
export function siblingDatabaseUrl(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database beside the one of `databaseUrl` (on the same server) and returns its URL. */
export async function createSiblingDatabase(databaseUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const client = new pg.Client({ connectionString: siblingDatabaseUrl(databaseUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return siblingDatabaseUrl(databaseUrl, name);
}

/**
 * Starts a server, creates database `name` on it, runs `work` with its URL,
 * and always stops the server (deleting its data): after `work` returns or
 * throws, and, should the process exit while `work` runs, on exit too, as
 * the server runs detached and would outlive us.
 */
export async function withPostgres<T>(
  options: PostgresOptions & { name: string },
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const server = await startPostgres(options);
  const stopOnExit = () => server.stop();
  process.once("exit", stopOnExit);
  try {
    return await work(await server.createDatabase(options.name));
  } finally {
    process.removeListener("exit", stopOnExit);
    server.stop();
  }
}
