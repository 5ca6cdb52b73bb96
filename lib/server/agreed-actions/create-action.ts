import "server-only";
import { z } from "zod";
import { diagnose } from "../../scoring";
import { isKnownFinding } from "../../scoring/actions/finding";
import { linkedLens } from "../../scoring/actions/linked-lens";
import { findRoundForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { ValidationError } from "../errors";
import { log } from "../log";
import { loadReleasedInput } from "../results/load-released-input";
import { ZRoundNumber } from "../scan/scan-fields";
import { findingFields, ownerFields, requireOneOwner, ZActionDescription, ZDueDate } from "./action-fields";
import { assertOwnerInRound } from "./find-action";

export const ZCreateActionInput = z
  .object({
    managementToken: ZManagementKey,
    round: ZRoundNumber,
    description: ZActionDescription,
    ...ownerFields,
    dueOn: ZDueDate,
    ...findingFields,
  })
  .strict()
  .superRefine(requireOneOwner);

/**
 * The group turns a finding of a round's results into an action, with an
 * owner and perhaps a due date; it starts open. A closed round takes actions
 * too: the workshop usually follows the closing. The lens the finding bears
 * on is fixed now, for the review in the next round.
 */
export async function createAction(input: z.infer<typeof ZCreateActionInput>): Promise<{ id: string }> {
  const { scan } = await findRoundForManager(input.managementToken, input.round);
  const finding = { kind: input.findingKind, id: input.findingId };
  if (!isKnownFinding(finding)) throw new ValidationError("unknownFinding");
  await assertOwnerInRound(scan.id, input.ownerPartnerId);
  const problems = finding.kind === "problem" ? diagnose(await loadReleasedInput(scan)).problems : [];
  const created = await db.agreedAction.create({
    data: {
      scanId: scan.id,
      description: input.description,
      ownerPartnerId: input.ownerPartnerId,
      ownerName: input.ownerName === "" ? null : input.ownerName,
      dueOn: input.dueOn,
      status: "open",
      findingKind: finding.kind,
      findingId: finding.id,
      lensId: linkedLens(finding, { problems }),
    },
    select: { id: true },
  });
  log("info", "action.created", { scanId: scan.id, finding: finding.kind });
  return created;
}
