import { spawnSync } from "node:child_process";

/** Runs a command with inherited output and stops this script when it fails. */
export function run(command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
