import type { ContentIndex } from "./contentIndex";
import type { Company, Machine, Tour, TourStop, Workshop } from "./schema";

/** The content a factory route names, once every id in it has been found. */
export type FactoryPlace =
  | { kind: "company"; company: Company }
  | { kind: "workshop"; company: Company; workshop: Workshop; machine: Machine | undefined };

/**
 * Looks up `company[/workshop[/machine]]` in the pack. Undefined when any id is unknown:
 * the caller shows "not found" rather than a half-drawn view.
 */
export function resolveFactoryPlace(
  content: ContentIndex,
  companyId: string,
  workshopId?: string,
  machineId?: string,
): FactoryPlace | undefined {
  const company = content.companyById.get(companyId);
  if (!company) return undefined;
  if (workshopId === undefined) return { kind: "company", company };
  const workshop = company.workshops.find((w) => w.id === workshopId);
  if (!workshop) return undefined;
  if (machineId === undefined) return { kind: "workshop", company, workshop, machine: undefined };
  const machine = workshop.machines.find((m) => m.id === machineId);
  if (!machine) return undefined;
  return { kind: "workshop", company, workshop, machine };
}

/** One stop of a tour, with the content it names looked up. */
export interface TourPlace {
  tour: Tour;
  stop: TourStop;
  /** 1-based, as in the URL. */
  step: number;
  total: number;
  company: Company;
  workshop: Workshop;
  machine: Machine;
}

/**
 * A tour's stop by its 1-based step; null when the step, or a place it names, is unknown (a
 * teacher's tour may name a machine that a later pack removed).
 */
export function resolveTourStop(content: ContentIndex, tour: Tour, step: number): TourPlace | null {
  const stop = tour.stops[step - 1];
  if (!stop || step < 1) return null;
  const place = resolveFactoryPlace(content, stop.company, stop.workshop, stop.machine);
  if (place?.kind !== "workshop" || !place.machine) return null;
  const { company, workshop, machine } = place;
  return { tour, stop, step, total: tour.stops.length, company, workshop, machine };
}
