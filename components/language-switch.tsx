import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locale";
import styles from "./language-switch.module.css";

/**
 * A plain form, so switching works before (and without) JavaScript.
 * `setLocale` is the server action that stores the choice, handed down by the root layout.
 */
export async function LanguageSwitch({ setLocale }: { setLocale: (formData: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <form action={setLocale} className={styles.switch} aria-label={t("language")}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          className={styles.option}
          aria-pressed={option === locale}
          aria-label={t("switchTo", { language: t(`languages.${option}`) })}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </form>
  );
}
