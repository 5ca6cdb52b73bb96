import { redirect } from "next/navigation";
import { firstOpenStep } from "@/lib/instrument/steps";
import { loadQuestionnaire } from "../load";

/** Opening a respondent link resumes at the first step with an unanswered question. */
export default async function ResumePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadQuestionnaire(token);
  redirect(`/r/${token}/${firstOpenStep(state.variant, state.answers).slug}`);
}
