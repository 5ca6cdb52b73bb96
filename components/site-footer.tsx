import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className={styles.footer}>
      <p>{t("sources")}</p>
      <p>
        <Link href="/privacy">{t("privacy")}</Link> · <Link href="/toegankelijkheid">{t("accessibility")}</Link>
      </p>
    </footer>
  );
}
