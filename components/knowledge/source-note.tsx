import { getTranslations } from "next-intl/server";
import { findSourceDocument, type Source } from "@/content";
import styles from "./knowledge.module.css";

/** "Source: Kaats & Opheij, 3.1", and a note when the entry is our own elaboration. */
export async function SourceNote({ source }: { source: Source }) {
  const t = await getTranslations("knowledge");
  const document = findSourceDocument(source.seed);
  return (
    <p className={styles.source}>
      {t("source", { source: document?.short ?? source.seed, section: source.section })}
      {source.interpretation ? ` · ${t("interpretation")}` : null}
    </p>
  );
}
