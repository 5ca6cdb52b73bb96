import { getTranslations } from "next-intl/server";
import { findLens, type LensId, type Locale } from "@/content";
import type { Item } from "@/lib/instrument/items";
import { contextOptions } from "@/lib/instrument/labels";
import { MAX_COMMENT_LENGTH } from "@/lib/server/respond/save-responses";
import { CommentField } from "../comment-field";
import { LikertQuestion } from "../likert-question";
import { RoleQuestion } from "../role-question";
import { agreementOptions } from "../scale-options";

type Props = {
  lensId: LensId;
  items: readonly Item[];
  locale: Locale;
  /** Asked on the first step when the respondent has not chosen a role yet (personal links start without one). */
  isRoleMissing: boolean;
};

/** A lens's statements on the agreement scale, with a comment field for the lens. */
export async function LensStep({ lensId, items, locale, isRoleMissing }: Props) {
  const t = await getTranslations();
  const lens = findLens(lensId);
  const options = await agreementOptions();
  return (
    <>
      <p className="muted">{lens?.leadingQuestion[locale]}</p>
      <p>{t("questionnaire.intro")}</p>
      {isRoleMissing ? (
        <RoleQuestion
          legend={t("invite.roleLegend")}
          roles={contextOptions("context.role").map((option) => ({
            value: option.id.replace("role.", ""),
            label: option.label[locale],
          }))}
        />
      ) : null}
      {items.map((item) =>
        item.kind === "statement" ? (
          <LikertQuestion key={item.id} id={item.id} text={item.statement.text[locale]} options={options} />
        ) : null,
      )}
      <CommentField
        lensId={lensId}
        label={t("questionnaire.commentLabel", { lens: lens?.name[locale] ?? lensId })}
        hint={t("questionnaire.commentHint")}
        maxLength={MAX_COMMENT_LENGTH}
      />
    </>
  );
}
