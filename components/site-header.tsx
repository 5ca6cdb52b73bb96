import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";
import styles from "./site-header.module.css";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span aria-hidden="true" className={styles.logo}>
            ◆
          </span>
          {t("home")}
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  );
}
