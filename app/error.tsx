"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section className="card" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("unexpected")}</p>
      <button type="button" className="button button-secondary" onClick={reset}>
        {t("tryAgain")}
      </button>
    </section>
  );
}
