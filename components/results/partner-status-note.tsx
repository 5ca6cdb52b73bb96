import { getTranslations } from "next-intl/server";
import type { Diagnosis } from "@/lib/scoring";
import styles from "./results.module.css";

/**
 * Which partners have no figures of their own, and why: their answers count
 * among the other partners, are not shown yet, or nobody has submitted.
 */
export async function PartnerStatusNote({ diagnosis }: { diagnosis: Diagnosis }) {
  const t = await getTranslations("results");
  const without = diagnosis.partners.filter((partner) => partner.status !== "shown");
  if (without.length === 0) return null;
  return (
    <ul className={styles.statusNote} data-testid="partner-status">
      {without.map((partner) => (
        <li key={partner.id}>
          <strong>{partner.name}</strong>: {t(`partnerStatus.${partner.status}`, { threshold: diagnosis.threshold })}
        </li>
      ))}
    </ul>
  );
}
