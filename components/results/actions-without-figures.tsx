"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A round's pages while it has too few questionnaires for figures. The
 * actions page does not depend on answers (the review of the previous
 * round's actions, the actions of this round and the form for a new one), so
 * it shows; every other page shows only the way there.
 */
export function ActionsWithoutFigures({
  children,
  actionsHref,
  linkLabel,
}: {
  children: ReactNode;
  actionsHref: string;
  linkLabel: string;
}) {
  const segment = useSelectedLayoutSegment();
  if (segment === "acties") return <>{children}</>;
  return (
    <p>
      <Link href={actionsHref} className="button button-secondary">
        {linkLabel}
      </Link>
    </p>
  );
}
