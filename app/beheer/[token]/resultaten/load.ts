import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NotFoundError } from "@/lib/server/errors";
import { getResults, type Results } from "@/lib/server/results/get-results";
import { ZToken } from "@/lib/server/tokens";

/** The results, computed once per request and shared by the layout and the page. */
export const loadResults = cache(async (token: string): Promise<Results> => {
  if (!ZToken.safeParse(token).success) notFound();
  try {
    return await getResults(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
