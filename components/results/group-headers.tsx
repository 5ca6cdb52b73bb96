import { getTranslations } from "next-intl/server";
import styles from "./results.module.css";

/** A column heading per group: its name, and beneath it how many respondents its figures rest on. */
export async function GroupHeaders({ groups }: { groups: { id: string; name: string; respondents: number }[] }) {
  const t = await getTranslations("results");
  return groups.map((group) => (
    <th key={group.id} scope="col" className={styles.number}>
      {group.name}
      <span className={styles.small}>{t("respondents", { count: group.respondents })}</span>
    </th>
  ));
}
