import type { ContentIndex } from "./contentIndex";
import type { Company, Machine, Transition, Workshop } from "./schema";

/** A company's transition story with the place of its "transition" hotspot, where it has one. */
export interface TransitionPlace {
  company: Company;
  transition: Transition;
  /** The workshop and machine named by `transition.machine`; undefined when it names none. */
  workshop: Workshop | undefined;
  machine: Machine | undefined;
}

/** The company's story and the workshop that holds its transition machine. */
export function transitionOf(company: Company): TransitionPlace | undefined {
  const { transition } = company;
  if (!transition) return undefined;
  for (const workshop of company.workshops) {
    const machine = workshop.machines.find((m) => m.id === transition.machine);
    if (machine) return { company, transition, workshop, machine };
  }
  return { company, transition, workshop: undefined, machine: undefined };
}

/**
 * The transition story told at this machine (its company's `transition.machine`), or undefined.
 * The machine is found by identity in the index, so two companies' machines of the same id never mix.
 */
export function transitionAtMachine(content: ContentIndex, machine: Machine): TransitionPlace | undefined {
  for (const company of content.companies) {
    if (company.transition?.machine !== machine.id) continue;
    const place = transitionOf(company);
    if (place?.machine === machine) return place;
  }
  return undefined;
}
