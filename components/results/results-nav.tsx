"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./results.module.css";

/** The results' sections; the current one is marked for screen readers too. */
export function ResultsNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={styles.tabs}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={pathname === item.href ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
