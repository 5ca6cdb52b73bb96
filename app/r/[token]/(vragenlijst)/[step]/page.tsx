import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChoiceQuestion } from "@/components/questionnaire/choice-question";
import { CommentField } from "@/components/questionnaire/comment-field";
import { LikertQuestion } from "@/components/questionnaire/likert-question";
import { ParadoxScale } from "@/components/questionnaire/paradox-scale";
import { ProgressHeader } from "@/components/questionnaire/progress-header";
import styles from "@/components/questionnaire/questionnaire.module.css";
import { ReviewList, type ReviewSection } from "@/components/questionnaire/review-list";
import { RoleQuestion } from "@/components/questionnaire/role-question";
import { agreementOptions, importanceOptions, positionLabels } from "@/components/questionnaire/scale-options";
import { CopyField } from "@/components/ui/copy-field";
import { findLens, type Locale, type Paradox } from "@/content";
import type { Item } from "@/lib/instrument/items";
import { contextOptions } from "@/lib/instrument/labels";
import { stepLabel } from "@/lib/instrument/step-labels";
import { findStep, type Step, stepsFor } from "@/lib/instrument/steps";
import { baseUrl, linkTo } from "@/lib/server/base-url";
import { MAX_COMMENT_LENGTH } from "@/lib/server/respond/save-responses";
import { submitAction } from "../../actions";
import { loadQuestionnaire } from "../../load";

type Props = { params: Promise<{ token: string; step: string }> };

export default async function StepPage({ params }: Props) {
  const { token, step: slug } = await params;
  const state = await loadQuestionnaire(token);
  const step = findStep(state.variant, slug);
  if (!step) notFound();
  const locale = await getLocale();
  const t = await getTranslations();
  const names = { paradoxes: t("steps.paradoxes"), background: t("steps.background"), review: t("steps.review") };
  const steps = stepsFor(state.variant);
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
        roleMissing={state.role === null && index === 0}
        names={names}
        variant={state.variant}
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

async function StepContent(props: {
  step: Step;
  locale: Locale;
  token: string;
  roleMissing: boolean;
  names: { paradoxes: string; background: string; review: string };
  variant: "quick" | "full";
}) {
  const { step, locale } = props;
  const t = await getTranslations();
  switch (step.kind) {
    case "lens": {
      const lens = findLens(step.lensId);
      const options = await agreementOptions();
      return (
        <>
          <p className="muted">{lens?.leadingQuestion[locale]}</p>
          <p>{t("questionnaire.intro")}</p>
          {props.roleMissing ? (
            <RoleQuestion
              legend={t("invite.roleLegend")}
              roles={contextOptions("context.role").map((option) => ({
                value: option.id.replace("role.", ""),
                label: option.label[locale],
              }))}
            />
          ) : null}
          {step.items.map((item) =>
            item.kind === "statement" ? (
              <LikertQuestion key={item.id} id={item.id} text={item.statement.text[locale]} options={options} />
            ) : null,
          )}
          <CommentField
            lensId={step.lensId}
            label={t("questionnaire.commentLabel", { lens: lens?.name[locale] ?? step.lensId })}
            hint={t("questionnaire.commentHint")}
            maxLength={MAX_COMMENT_LENGTH}
          />
        </>
      );
    }
    case "paradoxes":
      return <ParadoxStep items={step.items} locale={locale} />;
    case "background":
      return <BackgroundStep items={step.items} locale={locale} />;
    case "review":
      return <ReviewStep token={props.token} locale={locale} names={props.names} variant={props.variant} />;
  }
}

function groupByParadox(items: readonly Item[]): { paradox: Paradox; items: Item[] }[] {
  const groups = new Map<string, { paradox: Paradox; items: Item[] }>();
  for (const item of items) {
    if (item.kind !== "paradox-position" && item.kind !== "paradox-openness") continue;
    const group = groups.get(item.paradox.id) ?? { paradox: item.paradox, items: [] };
    group.items.push(item);
    groups.set(item.paradox.id, group);
  }
  return [...groups.values()];
}

async function ParadoxStep({ items, locale }: { items: readonly Item[]; locale: Locale }) {
  const t = await getTranslations("paradox");
  const agreement = await agreementOptions();
  const groups = groupByParadox(items);
  return (
    <>
      <p>{t("intro")}</p>
      {
        await Promise.all(
          groups.map(async ({ paradox, items: paradoxItems }) => {
            const poleA = paradox.poleA.name[locale];
            const poleB = paradox.poleB.name[locale];
            const labels = await positionLabels(poleA, poleB);
            return (
              <section key={paradox.id} className={styles.paradox} aria-labelledby={`${paradox.id}-title`}>
                <h2 id={`${paradox.id}-title`}>
                  {poleA} – {poleB}
                </h2>
                <p className={styles.description}>{paradox.description[locale]}</p>
                {paradoxItems.map((item) =>
                  item.kind === "paradox-position" ? (
                    <ParadoxScale
                      key={item.id}
                      id={item.id}
                      legend={item.measure === "current" ? t("current") : t("desired")}
                      poleA={poleA}
                      poleB={poleB}
                      positionLabels={labels}
                      unknownLabel={t("unknown")}
                    />
                  ) : (
                    <LikertQuestion key={item.id} id={item.id} text={t("openness")} options={agreement} />
                  ),
                )}
              </section>
            );
          }),
        )
      }
    </>
  );
}

async function BackgroundStep({ items, locale }: { items: readonly Item[]; locale: Locale }) {
  const t = await getTranslations("background");
  const importance = await importanceOptions();
  const motivesQuestion = items.find((item) => item.kind === "importance")?.question;
  return (
    <>
      <p>{t("intro")}</p>
      {items.map((item) =>
        item.kind === "choice" ? (
          <ChoiceQuestion
            key={item.id}
            id={item.id}
            question={item.question.question[locale]}
            help={item.question.help?.[locale]}
            options={item.question.options.map((option) => ({
              code: option.code,
              label: option.label[locale],
              description: option.description?.[locale],
            }))}
          />
        ) : null,
      )}
      {motivesQuestion ? <h2>{motivesQuestion.question[locale]}</h2> : null}
      {items.map((item) => {
        if (item.kind !== "importance") return null;
        const option = item.question.options.find((candidate) => candidate.id === item.optionId);
        return (
          <LikertQuestion
            key={item.id}
            id={item.id}
            text={option?.label[locale] ?? item.id}
            description={option?.description?.[locale]}
            options={importance}
          />
        );
      })}
    </>
  );
}

async function ReviewStep(props: {
  token: string;
  locale: Locale;
  names: { paradoxes: string; background: string; review: string };
  variant: "quick" | "full";
}) {
  const t = await getTranslations();
  const { locale } = props;
  const agreement = Object.fromEntries(
    (await agreementOptions()).map((option) => [String(option.value), option.label]),
  );
  const importance = Object.fromEntries(
    (await importanceOptions()).map((option) => [String(option.value), option.label]),
  );
  const sections: ReviewSection[] = await Promise.all(
    stepsFor(props.variant)
      .filter((step) => step.kind !== "review")
      .map(async (step) => ({
        slug: step.slug,
        title: stepLabel(step, locale, props.names),
        lensId: step.kind === "lens" ? step.lensId : undefined,
        items: await Promise.all(
          step.items.map(async (item) => {
            switch (item.kind) {
              case "statement":
                return { id: item.id, text: item.statement.text[locale], valueLabels: agreement };
              case "paradox-openness":
                return {
                  id: item.id,
                  text: `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}: ${t("paradox.openness")}`,
                  valueLabels: agreement,
                };
              case "paradox-position": {
                const labels = await positionLabels(item.paradox.poleA.name[locale], item.paradox.poleB.name[locale]);
                return {
                  id: item.id,
                  text: `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}: ${
                    item.measure === "current" ? t("paradox.current") : t("paradox.desired")
                  }`,
                  valueLabels: {
                    ...Object.fromEntries(labels.map((label, index) => [String(index - 3), label])),
                    null: t("paradox.unknown"),
                  },
                };
              }
              case "choice":
                return {
                  id: item.id,
                  text: item.question.question[locale],
                  valueLabels: Object.fromEntries(
                    item.question.options.map((option) => [String(option.code), option.label[locale]]),
                  ),
                };
              case "importance":
                return {
                  id: item.id,
                  text: item.question.options.find((option) => option.id === item.optionId)?.label[locale] ?? item.id,
                  valueLabels: importance,
                };
            }
          }),
        ),
      })),
  );
  return (
    <>
      <p>{t("review.lead")}</p>
      <ReviewList token={props.token} sections={sections} submit={submitAction} />
    </>
  );
}
