import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { parseRoundParam } from "@/components/manage/paths";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";
import { getResults, type Results } from "@/lib/server/results/get-results";

/** What a round's pages receive from their address. */
export type RoundParams = Promise<{ token: string; ronde: string }>;

/** The round a page's address names; an address that names no round is not found. */
export function roundFrom(ronde: string): number {
  const round = parseRoundParam(ronde);
  if (round === null) notFound();
  return round;
}

/** The results of one round, computed once per request and shared by the layout and the page. */
export const loadResults = cache(
  (token: string, ronde: string): Promise<Results> =>
    loadForManagerOrNotFound(token, (valid) => getResults(valid, roundFrom(ronde))),
);
