import { type AppServer, prepareDatabase, removeDatabase, scratchDatabaseUrl, startApp } from "./app-server";
import { type ReverseProxy, startProxy } from "./proxy";

/**
 * Several app instances (`next start`, each its own process on a free port)
 * on one database behind a reverse proxy (nginx), as a hosting party runs the
 * app for many collaborations. The migrations are applied once, before the
 * instances start together. Each instance believes the one proxy in front of
 * it (TRUSTED_PROXY_HOPS=1). `base` is the proxy's address.
 */
export type AppCluster = {
  base: string;
  instances: AppServer[];
  proxy: ReverseProxy;
  /** Resident memory of every instance together, in MiB. */
  rssMb(): number;
  stop(): Promise<void>;
};

export type AppClusterOptions = { databaseUrl: string; instances: number; env?: Record<string, string> };

export async function startCluster(options: AppClusterOptions): Promise<AppCluster> {
  const env = { ...options.env, TRUSTED_PROXY_HOPS: "1" };
  removeDatabase(options.databaseUrl);
  prepareDatabase({ ...process.env, DATABASE_URL: options.databaseUrl, SEED_DEMO: "false", LOG_LEVEL: "warn" });
  const started = await Promise.allSettled(
    Array.from({ length: options.instances }, () =>
      startApp({ databaseUrl: options.databaseUrl, isPrepared: true, env }),
    ),
  );
  const instances = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failed = started.find((result) => result.status === "rejected");
  let proxy: ReverseProxy | undefined;
  try {
    if (failed) throw failed.reason;
    proxy = await startProxy(instances.map((instance) => instance.base));
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    throw error;
  }
  const running = proxy;
  return {
    base: running.base,
    instances,
    proxy: running,
    rssMb: () => instances.reduce((sum, instance) => sum + instance.rssMb(), 0),
    stop: async () => {
      await running.stop();
      await Promise.all(instances.map((instance) => instance.stop()));
    },
  };
}

/**
 * Starts a cluster, runs `work` against it, and always stops it. Without
 * `databaseUrl` it runs on a fresh scratch SQLite file, removed afterwards;
 * a `postgresql://` URL names a database the caller created and drops
 * (tests/support/postgres.ts `withPostgres`).
 */
export async function withCluster<T>(
  options: Omit<AppClusterOptions, "databaseUrl"> & { name: string; databaseUrl?: string },
  work: (cluster: AppCluster, databaseUrl: string) => Promise<T>,
): Promise<T> {
  const databaseUrl = options.databaseUrl ?? scratchDatabaseUrl(options.name);
  const cluster = await startCluster({ ...options, databaseUrl });
  try {
    return await work(cluster, databaseUrl);
  } finally {
    await cluster.stop();
    removeDatabase(databaseUrl);
  }
}
