import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { LoadRespondent } from "./population";
import { runSaturation } from "./saturation";

/**
 * The load test may only call an answer acknowledged when the server
 * answered that very save. This server drops the connection on one save
 * without answering, as an overloaded server or a closing keep-alive socket
 * does; the load generator then goes on with the next answer.
 */
let server: Server | undefined;

afterEach(() => {
  server?.close();
  server = undefined;
});

async function startDroppingServer(dropRequestNumber: number): Promise<{ base: string; received: Set<string> }> {
  const received = new Set<string>();
  let requests = 0;
  const dropping = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      requests++;
      if (requests === dropRequestNumber) {
        request.socket.destroy();
        return;
      }
      const token = request.url?.split("/")[3] ?? "";
      const { answers } = JSON.parse(body) as { answers: { itemId: string; value: number }[] };
      for (const answer of answers) received.add(`${token} ${answer.itemId} ${answer.value}`);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  server = dropping;
  await new Promise<void>((resolve) => dropping.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(dropping.address() as AddressInfo).port}`, received };
}

describe("the saturation load", () => {
  it("counts an answer as acknowledged only when the server answered that save", async () => {
    const { base, received } = await startDroppingServer(3);
    const respondent: LoadRespondent = {
      id: "r1",
      token: "r1",
      answers: [1, 2, 3, 4, 5].map((value) => [`item-${value}`, value]),
    };

    const result = await runSaturation(base, [respondent], { boundMs: 30_000 });

    const acknowledged = [...result.acknowledgedAnswers].map(([key, value]) => `${key} ${value}`);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const answer of acknowledged) expect(received, answer).toContain(answer);
    expect(result.acknowledgedAnswers.has("r1 item-3")).toBe(false);
  });
});
