import { scoreColour, toneFor } from "@/lib/charts/palette";
import styles from "./results.module.css";

/**
 * A figure beside a statement: the text reads as the statement is worded (a
 * mean on 1–5, a share agreeing), the colour says what it means for the
 * collaboration (blue favourable, orange unfavourable), from the favourable
 * score. For screen readers the tone is said in words too.
 */
export function FigureChip({ score, text, toneLabel }: { score: number; text: string; toneLabel: string }) {
  return (
    <span className={styles.figure} data-tone={toneFor(score)} style={{ background: scoreColour(score) }}>
      {text}
      <span className="visually-hidden"> ({toneLabel})</span>
    </span>
  );
}
