/** Women and men at work: who stands at which machine, for which trade. */
export type Gender = "femme" | "homme";

/** One worker of the visit: at `machineId`, doing `jobId`. */
export interface WorkerRole {
  machineId: string;
  jobId: string;
  gender: Gender;
  /** The portrait (portraits.json) this worker is, if any. */
  portraitId?: string | undefined;
}

/** What the cast reads of a company (see src/content/schema.ts). */
export interface CastSource {
  sector: string;
  workshops: readonly { machines: readonly { id: string; jobs?: readonly string[] | undefined }[] }[];
}

/** A portrait of public/content/portraits.json, reduced to what places a worker. */
export interface PortraitRef {
  id: string;
  sector: string;
  job: string;
  gender: Gender;
  /** The machine where this person is seen at work, if the portrait says. */
  machine?: string | undefined;
}

/** A portrait's gender as written in portraits.json ("femme", "homme"), else undefined. */
export function genderOf(value: unknown): Gender | undefined {
  return value === "femme" || value === "homme" ? value : undefined;
}

interface Slot {
  machineId: string;
  jobs: readonly string[];
  jobId: string;
  workshopSize: number;
  gender?: Gender;
  portraitId?: string;
}

/**
 * Casts one worker per machine that has a trade (its first trade), women and men in equal
 * number in every sector (so across the visit too). A sector with an odd number of machines gets
 * a second worker, at the machine of the smallest workshop that has a second trade, doing that
 * trade. A portrait (portraits.json) is the worker at its machine, doing its trade, of its
 * gender (or, without a machine, a worker doing that trade), within the sector's parity.
 * Deterministic: content order decides the rest, alternating so that workshops mix.
 */
export function castWorkers(
  companies: readonly CastSource[],
  portraits: readonly PortraitRef[] = [],
): Map<string, WorkerRole[]> {
  const bySector = new Map<string, Slot[]>();
  for (const company of companies) {
    const slots = bySector.get(company.sector) ?? [];
    bySector.set(company.sector, slots);
    for (const workshop of company.workshops) {
      for (const machine of workshop.machines) {
        const jobs = machine.jobs ?? [];
        const first = jobs[0];
        if (first === undefined) continue;
        slots.push({ machineId: machine.id, jobs, jobId: first, workshopSize: workshop.machines.length });
      }
    }
  }
  const roles = new Map<string, WorkerRole[]>();
  for (const [sector, slots] of bySector) {
    if (slots.length % 2 === 1) {
      const candidates = slots.filter((s) => s.jobs.length > 1);
      const smallest = Math.min(...candidates.map((s) => s.workshopSize));
      const host = candidates.find((s) => s.workshopSize === smallest);
      const second = host?.jobs[1];
      if (host && second !== undefined) {
        slots.splice(slots.indexOf(host) + 1, 0, { ...host, jobId: second });
      } else {
        slots.pop();
      }
    }
    const half = slots.length / 2;
    const count = { femme: 0, homme: 0 };
    // Portraits first: at their machine, else a worker doing that trade, else one at a machine
    // where it is practised.
    for (const portrait of portraits) {
      if (portrait.sector !== sector || count[portrait.gender] >= half) continue;
      const own = slots.find(
        (s) => s.gender === undefined && s.machineId === portrait.machine && s.jobs.includes(portrait.job),
      );
      const doing = slots.find((s) => s.gender === undefined && s.jobId === portrait.job);
      const atMachine = slots.find(
        (s) =>
          s.gender === undefined &&
          s.jobs.includes(portrait.job) &&
          !slots.some((o) => o.machineId === s.machineId && o.jobId === portrait.job),
      );
      const slot = own ?? doing ?? atMachine;
      if (!slot) continue;
      slot.jobId = portrait.job;
      slot.gender = portrait.gender;
      slot.portraitId = portrait.id;
      count[portrait.gender] += 1;
    }
    let previous: Gender = "homme";
    for (const slot of slots) {
      if (slot.gender !== undefined) {
        previous = slot.gender;
        continue;
      }
      const preferred: Gender = previous === "homme" ? "femme" : "homme";
      const other: Gender = preferred === "femme" ? "homme" : "femme";
      slot.gender = count[preferred] < half ? preferred : other;
      count[slot.gender] += 1;
      previous = slot.gender;
    }
    for (const slot of slots) {
      const list = roles.get(slot.machineId) ?? [];
      list.push({
        machineId: slot.machineId,
        jobId: slot.jobId,
        gender: slot.gender ?? "femme",
        portraitId: slot.portraitId,
      });
      roles.set(slot.machineId, list);
    }
  }
  return roles;
}
