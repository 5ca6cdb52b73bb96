"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import styles from "./knowledge.module.css";
import { KNOWLEDGE_SECTIONS } from "./sections";

export function KnowledgeNav() {
  const t = useTranslations("knowledge");
  const pathname = usePathname();
  return (
    <nav aria-label={t("navLabel")} className={styles.nav}>
      <ul>
        {KNOWLEDGE_SECTIONS.map((section) => (
          <li key={section.key}>
            <Link href={section.href} aria-current={pathname === section.href ? "page" : undefined}>
              {t(`nav.${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
