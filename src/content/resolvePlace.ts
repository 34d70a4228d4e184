import type { ContentIndex } from "./contentIndex";
import type { Company, Machine, Workshop } from "./schema";

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
