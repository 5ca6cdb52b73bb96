"use client";

import Link from "next/link";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { Slide } from "@/lib/export/slides/slide";
import styles from "./workshop.module.css";
import { WorkshopSlide } from "./workshop-slide";

/** `slideOf[i]`: "Slide i + 1 of n", formatted on the server, where the message catalogue is. */
type Labels = { next: string; previous: string; exit: string; slideOf: string[]; hint: string; region: string };

/**
 * A slide of the meeting itself rather than of the results, such as the
 * review of the previous round's actions or the decisions taken now: drawn
 * by the page, so it can hold a form. The PowerPoint export draws the same
 * review and decisions from lib/export/slides/action-slides.ts.
 */
export type LiveSlide = { key: string; title: string; body: ReactNode };

type Entry = { kind: "results"; slide: Slide } | { kind: "live"; slide: LiveSlide };

/** Keys typed into a form on a slide stay in the form. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]") !== null;
}

/**
 * A full-screen presentation for a meeting room: a 16:9 slide that scales
 * with the screen (the same at 1280 × 720 as on a 1920 × 1080 projector) with
 * the controls beneath it, never over it; arrow keys to move; nothing that
 * changes the scan. On a narrow portrait screen the slide becomes a page
 * that scrolls.
 */
export function WorkshopSlides({
  slides: resultSlides,
  labels,
  exitHref,
  opening = [],
  closing = [],
}: {
  slides: Slide[];
  labels: Labels;
  exitHref: string;
  /** Live slides before the results' slides (after the title slide) and after them. */
  opening?: LiveSlide[];
  closing?: LiveSlide[];
}) {
  const [first, ...rest] = resultSlides;
  const slides: Entry[] = [
    ...(first ? [{ kind: "results" as const, slide: first }] : []),
    ...opening.map((slide) => ({ kind: "live" as const, slide })),
    ...rest.map((slide) => ({ kind: "results" as const, slide })),
    ...closing.map((slide) => ({ kind: "live" as const, slide })),
  ];
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(slides.length - 1, next))), [slides.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
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

  const entry = slides[index];
  const counterWidth = Math.max(...labels.slideOf.map((label) => label.length));
  if (!entry) return null;
  return (
    <section className={styles.stage} aria-roledescription="presentation" aria-label={labels.region}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a portrait phone the slide scrolls, so keyboard users must be able to focus it */}
      <div className={styles.frame} tabIndex={0}>
        <article
          className={styles.slide}
          data-kind={entry.kind === "results" ? entry.slide.kind : "live"}
          data-testid="workshop-slide"
          aria-live="polite"
        >
          <h1 ref={heading} tabIndex={-1} className={styles.title}>
            {entry.slide.title}
          </h1>
          {entry.kind === "results" ? <WorkshopSlide slide={entry.slide} /> : entry.slide.body}
        </article>
      </div>
      <div className={styles.controls} data-testid="workshop-controls">
        <button type="button" className={styles.control} onClick={() => go(index - 1)} disabled={index === 0}>
          ← {labels.previous}
        </button>
        {/* As wide as the longest count, so "Dia 10" does not push the buttons aside after "Dia 9". */}
        <span className={styles.counter} style={{ minWidth: `${counterWidth}ch` }}>
          {labels.slideOf[index]}
        </span>
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
        <span className={styles.hint}>{labels.hint}</span>
      </div>
    </section>
  );
}
