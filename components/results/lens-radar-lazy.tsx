"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { LensRadar as Radar } from "./lens-radar";

/**
 * The radar, with its chart library fetched after the page is interactive:
 * the table beside it carries the same numbers, so nothing waits for the
 * chart. The placeholder has the chart's size, so nothing moves when it
 * arrives. The library only draws in the browser anyway (it measures its
 * container), so rendering it on the server would add nothing.
 */
const LazyRadar = dynamic(() => import("./lens-radar").then((module) => module.LensRadar), {
  ssr: false,
  loading: () => <div style={{ width: "100%", height: 360 }} aria-hidden="true" />,
});

export function LensRadarLazy(props: ComponentProps<typeof Radar>) {
  return <LazyRadar {...props} />;
}
