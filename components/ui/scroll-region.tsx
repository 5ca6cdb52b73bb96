import type { ReactNode } from "react";

/**
 * A region that may scroll (a wide table on a phone, a long slide). Keyboard
 * users must be able to focus it to scroll it, so it takes part in the tab order.
 * A figure, not a section: it should not add a landmark of its own.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable (WCAG 2.1.1)
    <figure className={className} tabIndex={0} aria-label={label} style={{ margin: 0 }}>
      {children}
    </figure>
  );
}
