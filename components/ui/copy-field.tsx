"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import styles from "./ui.module.css";

/** A read-only link with a copy button; falls back to selecting the text when the clipboard is not available. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useTranslations("manage");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      input.current?.select();
      setState("failed");
    }
  }

  return (
    <div className={styles.copyField}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.copyRow}>
        <input
          ref={input}
          id={id}
          className={styles.input}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          data-testid={testId}
        />
        <button type="button" className="button button-secondary" onClick={copy}>
          {state === "copied" ? t("copied") : t("copy")}
        </button>
      </div>
      <p className={styles.status} role="status">
        {state === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
