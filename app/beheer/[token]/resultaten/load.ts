import "server-only";
import { cache } from "react";
import { loadOrNotFound } from "@/lib/server/load-or-not-found";
import { getResults, type Results } from "@/lib/server/results/get-results";

/** The results, computed once per request and shared by the layout and the page. */
export const loadResults = cache((token: string): Promise<Results> => loadOrNotFound(token, getResults));
