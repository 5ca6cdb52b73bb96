/**
 * The test SMTP server as a process of its own, for the end-to-end tests:
 * playwright.config.ts starts it beside the app, and it writes every message
 * it receives as a JSON file into a folder the tests read.
 *   SMTP_SINK_PORT=2525 SMTP_SINK_DIR=data/mail tsx tests/support/smtp-sink-server.ts
 * SMTP_SINK_REFUSE (addresses separated by commas) are refused, as an unknown mailbox is.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSmtpSink } from "./smtp-sink";

const port = Number(process.env.SMTP_SINK_PORT);
const folder = process.env.SMTP_SINK_DIR ?? "";
if (!port || folder === "") throw new Error("SMTP_SINK_PORT and SMTP_SINK_DIR are required");
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
let count = 0;
const sink = await startSmtpSink(port, (mail) => {
  count += 1;
  writeFileSync(join(folder, `${String(count).padStart(5, "0")}.json`), JSON.stringify(mail));
});
for (const address of (process.env.SMTP_SINK_REFUSE ?? "").split(",").filter(Boolean)) sink.refuse(address.trim());
console.log(`SMTP sink on 127.0.0.1:${sink.port}, writing to ${folder}`);
const stop = () => void sink.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
