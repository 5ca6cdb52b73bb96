import { spawnSync } from "node:child_process";
import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on, chosen by the operating
 * system: tests, benchmarks and the load test never assume a fixed port is
 * free. The port is released before it is returned, so another process could
 * in principle take it first; servers started on it fail loudly if so.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("the OS gave no free port"))));
    });
  });
}

/**
 * The same, synchronously, for configuration files that cannot await
 * (playwright.config.ts): a child Node process asks the OS and prints the port.
 */
export function freePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const port = Number(result.stdout.trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find a free port: ${result.stderr}`);
  return port;
}
