import { getLocale, getTranslations } from "next-intl/server";
import type { Source } from "@/content";
import { citeSource } from "@/lib/instrument/cite-source";
import styles from "./knowledge.module.css";

/**
 * "Bron: Kaats & Opheij, Leren samenwerken tussen organisaties, § 8.4.1", in
 * the reader's language, and a note when the entry is our own elaboration.
 */
export async function SourceNote({ source }: { source: Source }) {
  const t = await getTranslations("knowledge");
  const locale = await getLocale();
  return (
    <p className={styles.source}>
      {t("source", { citation: citeSource(source, locale) })}
      {source.interpretation ? ` · ${t("interpretation")}` : null}
    </p>
  );
}
