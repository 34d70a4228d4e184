import type { Node } from "@gltf-transform/core";
import type { Vector3 } from "three";
import { workerNodeName } from "../../../src/content/modelContract/nodeNames";
import type { MachinePlacement } from "../layout/arcLayout";
import type { ModelDocument } from "../scene/ModelDocument";
import type { FigureColor } from "../scene/palette";
import { hashString, seededRandom } from "../scene/seededRandom";
import type { WorkerRole } from "./cast";
import { drawWorker, type HairStyle, type WorkerLook } from "./figure";
import { outfitFor } from "./outfit";
import { placeWorkers } from "./workerPlacement";
import type { WorkLoop } from "./workLoops";

/** What a worker does at each kind of machine. */
const loopByKit: Record<string, WorkLoop> = {
  "lab-bench": "bench",
  workbench: "bench",
  "clean-bench": "bench",
  microscope: "bench",
  "pattern-table": "bench",
  "cutting-table": "bench",
  "sewing-station": "bench",
  "perfume-organ": "bench",
  "assembly-jig": "bench",
  "welding-cell": "bench",
  "press-brake": "bench",
  "control-desk": "console",
  "electrical-cabinet": "console",
  "cnc-machine": "console",
  "injection-press": "console",
  reactor: "wheel",
  "distillation-column": "wheel",
  "pipe-rack": "wheel",
  "storage-tank": "wheel",
  pump: "wheel",
  "heat-exchanger": "wheel",
  "flare-stack": "wheel",
  converter: "wheel",
  still: "wheel",
  mixer: "wheel",
  autoclave: "wheel",
  "ship-engine": "wheel",
  turbine: "wheel",
  "gantry-crane": "walk",
  "overhead-crane": "walk",
  "hull-section": "walk",
  "dry-dock": "walk",
  helicopter: "walk",
  "fuselage-section": "walk",
  pylon: "walk",
  "container-stack": "walk",
  "pallet-rack": "walk",
  "rolling-mill": "walk",
  "blast-furnace": "walk",
  "rotary-kiln": "walk",
  conveyor: "walk",
};

const skins: FigureColor[] = ["skin1", "skin2", "skin3", "skin4", "skin5"];
const hairColors: FigureColor[] = [
  "hairBlack",
  "hairDark",
  "hairBrown",
  "hairAuburn",
  "hairBlond",
  "hairGrey",
];

function pick<T>(items: readonly T[], r: number): T {
  const item = items[Math.floor(r * items.length) % items.length];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export interface WorkshopMachine {
  id: string;
  kit?: string | undefined;
}

/**
 * Adds the workers of one workshop under its node: each beside their machine (see
 * `placeWorkers`), dressed for their trade, doing their machine's work loop. The node
 * `worker:<machine>:<job>` carries extras { worker: true, machine, job, gender ("femme" |
 * "homme"), portrait (its id in portraits.json, when it is one), area } — `area` is the floor
 * [minX, minZ, maxX, maxZ] they take over their loop, in the glTF's world frame (an obstacle for
 * walking). Animations: `worker:<machine>:<job>/work`.
 */
export function addWorkers(
  model: ModelDocument,
  workshopNode: Node,
  offsetX: number,
  sector: string,
  machines: readonly WorkshopMachine[],
  placements: readonly MachinePlacement[],
  centres: readonly Vector3[],
  roles: ReadonlyMap<string, readonly WorkerRole[]>,
): void {
  const cast = machines.flatMap((machine, machineIndex) =>
    (roles.get(machine.id) ?? []).map((role, k) => {
      const random = seededRandom(hashString(`${role.machineId}:${role.jobId}`));
      const kitLoop = loopByKit[machine.kit ?? ""] ?? "tablet";
      // A second worker at the same machine checks a tablet beside the first.
      const loop: WorkLoop = k > 0 ? (kitLoop === "tablet" ? "walk" : "tablet") : kitLoop;
      const pace = 1.6 + random() * 0.8;
      return { role, machine, machineIndex, loop, pace, random };
    }),
  );
  const spots = placeWorkers(
    cast.map(({ machineIndex, loop, pace }) => ({ machineIndex, loop, pace })),
    placements,
    centres,
  );
  cast.forEach(({ role, machine, loop, pace, random }, i) => {
    const spot = spots[i];
    if (!spot) return;
    const hairRoll = random();
    const hair: HairStyle = role.gender === "homme" ? "short" : hairRoll < 0.5 ? "bun" : "ponytail";
    const look: WorkerLook = {
      gender: role.gender,
      hair,
      skin: pick(skins, random()),
      hairColor: pick(hairColors, random()),
      beard: role.gender === "homme" && random() < 0.3,
      outfit: outfitFor(sector, role.jobId, machine.kit, random()),
    };
    const sketch = drawWorker(look, loop, pace);
    const half = spot.yaw / 2;
    const round = (v: number): number => Math.round(v * 1000) / 1000;
    model.addWorker(
      workshopNode,
      workerNodeName(role.machineId, role.jobId),
      {
        worker: true,
        machine: role.machineId,
        job: role.jobId,
        gender: role.gender,
        ...(role.portraitId ? { portrait: role.portraitId } : {}),
        area: [
          round(spot.area.minX + offsetX),
          round(spot.area.minZ),
          round(spot.area.maxX + offsetX),
          round(spot.area.maxZ),
        ],
      },
      sketch,
      { translation: [spot.x, 0, spot.z], rotation: [0, Math.sin(half), 0, Math.cos(half)] },
    );
  });
}
