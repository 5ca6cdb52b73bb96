"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import styles from "./workshop.module.css";

export type Slide = {
  title: string;
  subtitle?: string;
  score?: string;
  bars?: { label: string; value: number | null; display: string }[];
  bullets?: string[];
};

/** `slideOf[i]`: "Slide i + 1 of n", formatted on the server, where the message catalogue is. */
type Labels = { next: string; previous: string; exit: string; slideOf: string[]; hint: string; region: string };

/**
 * A full-screen presentation for a meeting room: one lens per slide, large
 * type, arrow keys to move, and nothing that changes the scan.
 */
export function WorkshopSlides({ slides, labels, exitHref }: { slides: Slide[]; labels: Labels; exitHref: string }) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(slides.length - 1, next))), [slides.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") go(index + 1);
      else if (event.key === "ArrowLeft" || event.key === "PageUp") go(index - 1);
      else if (event.key === "Home") go(0);
      else if (event.key === "End") go(slides.length - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, slides.length]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const slide = slides[index];
  if (!slide) return null;
  return (
    <section className={styles.stage} aria-roledescription="presentation" aria-label={labels.region}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long slide scrolls, so keyboard users must be able to focus it */}
      <div className={styles.slide} aria-live="polite" tabIndex={0}>
        <h1 ref={heading} tabIndex={-1} className={styles.title}>
          {slide.title}
        </h1>
        {slide.subtitle ? <p className={styles.subtitle}>{slide.subtitle}</p> : null}
        {slide.score ? <p className={styles.score}>{slide.score}</p> : null}
        {slide.bars ? (
          <ul className={styles.bars}>
            {slide.bars.map((bar) => (
              <li key={bar.label}>
                <span className={styles.barLabel}>{bar.label}</span>
                <span className={styles.barTrack}>
                  {bar.value !== null ? <span className={styles.barFill} style={{ width: `${bar.value}%` }} /> : null}
                </span>
                <span className={styles.barValue}>{bar.display}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {slide.bullets ? (
          <ul className={styles.bullets}>
            {slide.bullets.map((bullet) => (
              <li key={bullet}>{bullet}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className={styles.controls}>
        <button type="button" className={styles.control} onClick={() => go(index - 1)} disabled={index === 0}>
          ← {labels.previous}
        </button>
        <span className={styles.counter}>{labels.slideOf[index]}</span>
        <button
          type="button"
          className={styles.control}
          onClick={() => go(index + 1)}
          disabled={index === slides.length - 1}
        >
          {labels.next} →
        </button>
        <Link href={exitHref} className={styles.exit}>
          {labels.exit}
        </Link>
      </div>
      <p className={styles.hint}>{labels.hint}</p>
    </section>
  );
}
