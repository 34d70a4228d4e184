import type { ThreeEvent } from "@react-three/fiber";
import { openMachine, setHoveredMachine, showPanelJob } from "../state/actions";
import { type MachineAnchor, machineOfObject } from "./modelAnchors";
import { walkTo } from "./walker";
import { type WorkerAnchor, workerOfObject } from "./workerAnchors";

/** A pointer that moved more than this between press and release was dragging, not clicking. */
const dragThresholdPx = 6;
/** Hits lower than this (metres) are on the floor or its markings: a place to walk to. */
const floorClickHeight = 0.3;

export interface WorkshopPointerOptions {
  companyId: string;
  workshopId: string;
  machines: ReadonlyArray<MachineAnchor>;
  /** The workers at the machines: a click on one opens their machine on their trade. */
  workers: ReadonlyArray<WorkerAnchor>;
  /** In the overview or on a framed tour stop, clicks neither open machines nor walk. */
  still: boolean;
}

/**
 * The pointer in a workshop: a click opens the machine under it (or, on a worker, their machine on
 * their trade) or walks to the floor; hover highlights the machine.
 */
export function useWorkshopPointer({
  companyId,
  workshopId,
  machines,
  workers,
  still,
}: WorkshopPointerOptions) {
  const machineAt = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    machineOfObject(event.object, machines) ?? workerOfObject(event.object, workers)?.machineId;
  return {
    onClick: (event: ThreeEvent<MouseEvent>) => {
      // A drag to look around, the overview, or a framed tour stop (a click must not leave the tour).
      if (event.delta > dragThresholdPx || still) return;
      event.stopPropagation();
      const machine = machineOfObject(event.object, machines);
      const worker = machine === undefined ? workerOfObject(event.object, workers) : undefined;
      if (machine !== undefined) openMachine(companyId, workshopId, machine);
      else if (worker !== undefined) {
        // Opening the machine resets the panel's trade: choose the worker's after it.
        openMachine(companyId, workshopId, worker.machineId);
        showPanelJob(worker.jobId);
      } else if (event.point.y < floorClickHeight) walkTo({ x: event.point.x, z: event.point.z });
    },
    onPointerMove: (event: ThreeEvent<PointerEvent>) => {
      const machine = machineAt(event) ?? null;
      setHoveredMachine(machine);
      document.body.style.cursor = machine ? "pointer" : "";
    },
    onPointerOut: () => {
      setHoveredMachine(null);
      document.body.style.cursor = "";
    },
  };
}
