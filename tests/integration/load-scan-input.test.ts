import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { toScanRecord } from "../../lib/server/records/scan";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { loadScanInput } from "../../lib/server/results/load-scan-input";
import { hashToken } from "../../lib/server/tokens";
import { makeRespondent, makeScan } from "../support/factories";

describe("reading a scan for the diagnosis", () => {
  it("returns every submitted answer as stored, including 'don't know', and respondents without answers", async () => {
    const { scanId, view } = await makeScan({ variant: "full" });
    const [first, second] = view.partners;
    const answered = await makeRespondent(first?.inviteToken ?? "", "executive");
    await saveResponses({
      token: answered.token,
      answers: [
        { itemId: "ambition.shared-goal", value: 5 },
        { itemId: "interests.stated-openly", value: null },
        { itemId: "paradox.business-vs-societal.current", value: -3 },
      ],
      comments: [],
    });
    await submitResponse({ token: answered.token });
    const silent = await makeRespondent(second?.inviteToken ?? "", "operational");
    await submitResponse({ token: silent.token });
    const unsubmitted = await makeRespondent(second?.inviteToken ?? "");
    await saveResponses({
      token: unsubmitted.token,
      answers: [{ itemId: "ambition.shared-goal", value: 1 }],
      comments: [],
    });

    const scan = await db.scan.findUniqueOrThrow({ where: { id: scanId }, include: { collaboration: true } });
    const input = await loadScanInput(toScanRecord(scan));

    const idOf = async (token: string) =>
      (await db.respondent.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).id;
    const byPartner = [...input.respondents].sort((a) => (a.partnerId === first?.id ? -1 : 1));
    expect(byPartner).toEqual([
      {
        id: await idOf(answered.token),
        partnerId: first?.id,
        role: "executive",
        release: null,
        answers: {
          "ambition.shared-goal": 5,
          "interests.stated-openly": null,
          "paradox.business-vs-societal.current": -3,
        },
      },
      { id: await idOf(silent.token), partnerId: second?.id, role: "operational", release: null, answers: {} },
    ]);
    expect(input.releases).toEqual([]);
  });
});
