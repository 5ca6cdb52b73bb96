import type { Locale } from "../../../content";
import type { Diagnosis } from "../../scoring/types";
import { exportContext } from "../context";
import { adviceSlide } from "./advice-slide";
import { agendaSlides } from "./agenda-slides";
import { backgroundSlide } from "./background-slide";
import { lensSlides } from "./lens-slides";
import { paradoxSlides } from "./paradox-slides";
import { problemSlides } from "./problem-slides";
import type { Slide } from "./slide";
import { titleSlide } from "./title-slide";

/**
 * The workshop's slides, in the order of a results meeting: the picture at a
 * glance, the top three, each lens, the paradoxes, the problems, the
 * background, and the agenda for the conversation. One builder per topic, so
 * a topic can be added (e.g. actions, or trends over rounds) without touching
 * the others.
 */
export function buildSlides(diagnosis: Diagnosis, scanName: string, locale: Locale): Slide[] {
  const context = exportContext(diagnosis, locale);
  if (diagnosis.isSuppressed) return [titleSlide(scanName, context)];
  return [
    titleSlide(scanName, context),
    ...adviceSlide(context),
    ...lensSlides(context),
    ...paradoxSlides(context),
    ...problemSlides(context),
    ...backgroundSlide(context),
    ...agendaSlides(context),
  ];
}
