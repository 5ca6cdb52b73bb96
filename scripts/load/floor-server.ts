/**
 * The floor for the save benchmark: the same write as
 * `POST /api/r/[token]/responses` (the same schema, the same use case, the
 * same SQLite file settings) behind a bare Node HTTP handler. Comparing the
 * app with it shows what the framework costs. Run with
 * `tsx --conditions=react-server` so `server-only` imports resolve as in Next.
 */
import { createServer } from "node:http";
import { DomainError } from "../../lib/server/errors";
import { saveResponses, ZSaveResponsesInput } from "../../lib/server/respond/save-responses";

const PATH = /^\/api\/r\/([^/]+)\/responses$/;
// The caller chooses a free port (scripts/support/free-port.ts) and passes it in.
const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error("PORT must name the port to listen on");

function send(response: import("node:http").ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  if (request.url === "/api/health") return send(response, 200, { status: "ok" });
  const match = request.method === "POST" ? PATH.exec(request.url ?? "") : null;
  if (!match) return send(response, 404, { ok: false });
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(response, 400, { ok: false });
    }
    const parsed = ZSaveResponsesInput.safeParse({ ...(body as object), token: match[1] });
    if (!parsed.success) return send(response, 400, { ok: false });
    try {
      send(response, 200, { ok: true, data: await saveResponses(parsed.data) });
    } catch (error) {
      send(response, error instanceof DomainError ? 409 : 500, { ok: false });
    }
  });
});

server.listen(port, "127.0.0.1");
