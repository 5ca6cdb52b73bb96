import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/server/auth/session";
import { LanguageSwitch } from "./language-switch";
import styles from "./site-header.module.css";

/** `setLocale` is the language switch's server action, handed down by the root layout. */
export async function SiteHeader({ setLocale }: { setLocale: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("nav");
  const user = await currentUser();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span aria-hidden="true" className={styles.logo}>
            ◆
          </span>
          {t("home")}
        </Link>
        <div className={styles.actions}>
          <nav aria-label={t("main")} className={styles.nav}>
            <Link href="/kennisbank" className={styles.link}>
              {t("knowledge")}
            </Link>
            <Link href={user ? "/mijn-scans" : "/inloggen"} className={styles.link}>
              {user ? t("myScans") : t("signIn")}
            </Link>
          </nav>
          <LanguageSwitch setLocale={setLocale} />
        </div>
      </div>
    </header>
  );
}
