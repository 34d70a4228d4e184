import type { ContentIndex } from "../../content/contentIndex";
import type { Company, Machine, Tour, TourStop, Workshop } from "../../content/schema";
import { tourSchema } from "../../content/schema";
import { findTourStopProblems } from "../../content/tourReferences";

/** Pure changes to a tour in the builder: each returns a new tour, the old one untouched. */

/** Moves the stop at `from` to `to` (both 0-based, clamped). */
export function moveStop(tour: Tour, from: number, to: number): Tour {
  const stops = [...tour.stops];
  const target = Math.max(0, Math.min(stops.length - 1, to));
  const [moved] = stops.splice(from, 1);
  if (moved === undefined || target === from) return tour;
  stops.splice(target, 0, moved);
  return { ...tour, stops };
}

export function removeStop(tour: Tour, index: number): Tour {
  return { ...tour, stops: tour.stops.filter((_, i) => i !== index) };
}

/** Puts a copy of the stop right after it. */
export function duplicateStop(tour: Tour, index: number): Tour {
  const stop = tour.stops[index];
  if (!stop) return tour;
  const stops = [...tour.stops];
  stops.splice(index + 1, 0, structuredClone(stop));
  return { ...tour, stops };
}

export function replaceStop(tour: Tour, index: number, stop: TourStop): Tour {
  return { ...tour, stops: tour.stops.map((s, i) => (i === index ? stop : s)) };
}

/**
 * A new stop at a machine, started with the pack's own words so that it is playable at once: the
 * machine's description as narration, the trades seen there as notes. The teacher rewrites them.
 */
export function stopAtMachine(
  content: ContentIndex,
  company: Company,
  workshop: Workshop,
  machine: Machine,
): TourStop {
  const trades = machine.jobs.map((id) => content.jobById.get(id)?.title ?? id);
  return {
    company: company.id,
    workshop: workshop.id,
    machine: machine.id,
    narration: machine.description,
    notes: `Métiers à voir ici : ${trades.join(", ")}.`,
  };
}

/** What is wrong with a tour, by field path (`title`, `stops.2.narration`, `stops.0.question.choices`). */
export type TourProblems = ReadonlyMap<string, string>;

/** The schema's and the pack's verdict on a tour, one French message per field at fault. */
export function tourProblems(content: ContentIndex, tour: Tour): TourProblems {
  const problems = new Map<string, string>();
  const parsed = tourSchema.safeParse(tour);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".");
      if (!problems.has(key)) problems.set(key, issue.message);
    }
  }
  for (const problem of findTourStopProblems(content.companyById, tour)) {
    problems.set(`stops.${problem.stop}.machine`, problem.message);
  }
  return problems;
}

/** The problems of one stop (keys relative to it: `narration`, `question.prompt`). */
export function stopProblems(problems: TourProblems, index: number): Map<string, string> {
  const prefix = `stops.${index}.`;
  const mine = new Map<string, string>();
  for (const [key, message] of problems) {
    if (key.startsWith(prefix)) mine.set(key.slice(prefix.length), message);
  }
  return mine;
}
