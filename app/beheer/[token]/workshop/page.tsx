import { redirect } from "next/navigation";
import { findRoundForManager } from "@/lib/server/collaboration/access";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";

/** The workshop address from before rounds: it opens the workshop of the newest round. */
export default async function LatestWorkshopPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { scan } = await loadForManagerOrNotFound(token, (valid) => findRoundForManager(valid, "latest", "view"));
  redirect(`/beheer/${token}/ronde/${scan.roundNumber}/workshop`);
}
