import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Welcome } from "@/components/questionnaire/welcome";
import { firstOpenStep } from "@/lib/instrument/steps";
import { loadQuestionnaire } from "../load";

/**
 * Opening a respondent link resumes at the first step with an unanswered
 * question. Someone invited with a personal link who has not started yet
 * first gets the welcome a partner's invitation page gives: what this is,
 * how long it takes and how their answers stay anonymous.
 */
export default async function ResumePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadQuestionnaire(token);
  const first = firstOpenStep(state.variant, state.instrumentVersion, state.answers);
  const isNew = state.isInvitedPersonally && !state.hasStarted && Object.keys(state.answers).length === 0;
  if (!isNew || state.isClosed) redirect(`/r/${token}/${first.slug}`);
  const t = await getTranslations("invite");
  return (
    <section className="card" aria-labelledby="welcome-title">
      <p className="muted">{t("title")}</p>
      <h1 id="welcome-title">{state.scanName}</h1>
      <Welcome facts={state} />
      <p>
        <Link href={`/r/${token}/${first.slug}`} className="button button-primary">
          {t("start")}
        </Link>
      </p>
    </section>
  );
}
