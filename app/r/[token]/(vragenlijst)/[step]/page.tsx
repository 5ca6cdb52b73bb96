import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressHeader } from "@/components/questionnaire/progress-header";
import styles from "@/components/questionnaire/questionnaire.module.css";
import { StepContent } from "@/components/questionnaire/steps/step-content";
import { CopyField } from "@/components/ui/copy-field";
import { stepLabel } from "@/lib/instrument/step-labels";
import { findStep, stepsFor } from "@/lib/instrument/steps";
import { baseUrl, linkTo } from "@/lib/server/base-url";
import { submitAction } from "../../actions";
import { loadQuestionnaire } from "../../load";

type Props = { params: Promise<{ token: string; step: string }> };

export default async function StepPage({ params }: Props) {
  const { token, step: slug } = await params;
  const state = await loadQuestionnaire(token);
  const step = findStep(state.variant, state.instrumentVersion, slug);
  if (!step) notFound();
  const locale = await getLocale();
  const t = await getTranslations();
  const names = { paradoxes: t("steps.paradoxes"), background: t("steps.background"), review: t("steps.review") };
  const steps = stepsFor(state.variant, state.instrumentVersion);
  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const title = step.kind === "review" ? t("review.title") : stepLabel(step, locale, names);

  return (
    <>
      <ProgressHeader
        token={token}
        current={step.slug}
        steps={steps.map((entry) => ({
          slug: entry.slug,
          label: stepLabel(entry, locale, names),
          itemIds: entry.items.map((item) => item.id),
        }))}
      />
      <p className="muted">
        {state.scanName}
        {state.partnerName ? ` · ${t("questionnaire.on_behalf", { partner: state.partnerName })}` : ""}
      </p>
      <h1>{title}</h1>
      {state.isClosed ? <p className={styles.notice}>{t("questionnaire.closedNotice")}</p> : null}
      <StepContent
        step={step}
        locale={locale}
        token={token}
        isRoleMissing={state.role === null && index === 0}
        names={names}
        variant={state.variant}
        version={state.instrumentVersion}
        submit={submitAction}
      />
      {step.kind === "review" ? null : (
        <nav className={styles.stepNav} aria-label={t("steps.pager")}>
          {previous ? (
            <Link className="button button-secondary" href={`/r/${token}/${previous.slug}`}>
              ← {t("questionnaire.previous")}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link className="button button-primary" href={`/r/${token}/${next.slug}`}>
              {t("questionnaire.next")} →
            </Link>
          ) : null}
        </nav>
      )}
      <details className={styles.resume}>
        <summary>{t("questionnaire.resumeTitle")}</summary>
        <p>{t("questionnaire.resumeText")}</p>
        <CopyField
          label={t("questionnaire.resumeTitle")}
          value={linkTo(await baseUrl(), `/r/${token}`, state.locale)}
        />
      </details>
    </>
  );
}
