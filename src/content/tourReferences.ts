import type { Company, Tour } from "./schema";

/** A stop whose place is unknown to the pack: which stop (0-based), which field, and why, in French. */
export interface TourStopProblem {
  stop: number;
  field: "company" | "workshop" | "machine";
  message: string;
}

/**
 * Every stop of a tour must name a company, a workshop of it and a machine of that workshop.
 * Shared by `check:content` (the pack's tours) and the tour builder (a teacher's tour, a file, a link).
 */
export function findTourStopProblems(
  companyById: ReadonlyMap<string, Company>,
  tour: Pick<Tour, "stops">,
): TourStopProblem[] {
  const problems: TourStopProblem[] = [];
  tour.stops.forEach((stop, index) => {
    const company = companyById.get(stop.company);
    if (company === undefined) {
      problems.push({ stop: index, field: "company", message: `entreprise inconnue : « ${stop.company} »` });
      return;
    }
    const workshop = company.workshops.find((w) => w.id === stop.workshop);
    if (workshop === undefined) {
      problems.push({
        stop: index,
        field: "workshop",
        message: `atelier inconnu chez ${company.id} : « ${stop.workshop} »`,
      });
      return;
    }
    if (!workshop.machines.some((m) => m.id === stop.machine)) {
      problems.push({
        stop: index,
        field: "machine",
        message: `machine inconnue dans ${company.id}/${workshop.id} : « ${stop.machine} »`,
      });
    }
  });
  return problems;
}
