import { redirect } from "next/navigation";
import { findRoundForManager } from "@/lib/server/collaboration/access";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";

type Props = { params: Promise<{ token: string; section?: string[] }> };

/** Results addresses from before rounds: they lead to the same section of the newest round. */
export default async function LatestResultsPage({ params }: Props) {
  const { token, section } = await params;
  const { scan } = await loadForManagerOrNotFound(token, (valid) => findRoundForManager(valid, "latest", "view"));
  const rest = (section ?? []).map(encodeURIComponent).join("/");
  redirect(`/beheer/${token}/ronde/${scan.roundNumber}/resultaten${rest ? `/${rest}` : ""}`);
}
