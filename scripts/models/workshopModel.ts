import { Matrix4, Quaternion, Vector3 } from "three";
import { floorNodeName, hallNodeName, workshopNodeName } from "../../src/content/modelContract/nodeNames";
import type { ModelSource } from "./contentFiles";
import { builderFor } from "./kit/registry";
import { layoutMachines, type MachinePlacement } from "./layout/arcLayout";
import { hall } from "./layout/hallDimensions";
import { floorGeometry, hallGeometry } from "./layout/hallGeometry";
import { MachineSketch } from "./scene/MachineSketch";
import type { ModelDocument } from "./scene/ModelDocument";
import { hashString, seededRandom } from "./scene/seededRandom";
import { addWorkers } from "./workers/addWorkers";
import type { WorkerRole } from "./workers/cast";

type WorkshopSource = ModelSource["workshops"][number];

const up = new Vector3(0, 1, 0);

/** Centre of a placed machine's bounding box, in the workshop's frame. */
function placedCentre(sketch: MachineSketch, placement: MachinePlacement): Vector3 {
  const matrix = new Matrix4().compose(
    new Vector3(placement.x, 0, placement.z),
    new Quaternion().setFromAxisAngle(up, placement.yaw),
    new Vector3(placement.scale, placement.scale, placement.scale),
  );
  return sketch.bounds().applyMatrix4(matrix).getCenter(new Vector3());
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/**
 * Adds one workshop to `model`: the node `workshop:<id>` at its place along +X, holding the
 * hall, the walkable `floor:<id>`, the machines drawn by their kits and laid out facing the
 * entrance, the workers beside their machines (when `people` is given), and the viewpoint (the entrance eye, aimed at the machines' middle; the target in
 * world coordinates in its extras).
 */
export function addWorkshop(
  model: ModelDocument,
  workshop: WorkshopSource,
  index: number,
  count: number,
  people?: { sector: string; roles: ReadonlyMap<string, readonly WorkerRole[]> },
): void {
  const offsetX = index * hall.spacing;
  const workshopNode = model.node(workshopNodeName(workshop.id), { translation: [offsetX, 0, 0] });
  model.scene.addChild(workshopNode);

  const sketches = workshop.machines.map((machine) => {
    const sketch = new MachineSketch();
    builderFor(machine.kit)(sketch, { random: seededRandom(hashString(machine.id)) });
    return sketch;
  });
  const placements = layoutMachines(
    sketches.map((sketch) => {
      const b = sketch.bounds();
      return { minX: b.min.x, maxX: b.max.x, minZ: b.min.z, maxZ: b.max.z };
    }),
  );

  const walls = hallGeometry({ doorLeft: index > 0, doorRight: index < count - 1, machines: placements });
  const hallNode = model.meshNode(hallNodeName(workshop.id), walls);
  if (hallNode) workshopNode.addChild(hallNode);
  const floorNode = model.meshNode(floorNodeName(workshop.id), floorGeometry());
  if (floorNode) workshopNode.addChild(floorNode);

  const centres: Vector3[] = [];
  workshop.machines.forEach((machine, i) => {
    const sketch = sketches[i];
    const placement = placements[i];
    if (!sketch || !placement) return;
    const q = new Quaternion().setFromAxisAngle(up, placement.yaw);
    model.addMachine(workshopNode, machine.node, machine.id, sketch, {
      translation: [placement.x, 0, placement.z],
      rotation: [q.x, q.y, q.z, q.w],
      scale: placement.scale,
    });
    centres.push(placedCentre(sketch, placement));
  });

  if (people) {
    addWorkers(
      model,
      workshopNode,
      offsetX,
      people.sector,
      workshop.machines,
      placements,
      centres,
      people.roles,
    );
  }

  const eye = new Vector3(hall.eye.x, hall.eye.y, hall.eye.z);
  const target = new Vector3(0, 1.5, 0);
  if (centres.length > 0)
    target.copy(centres.reduce((sum, c) => sum.add(c), new Vector3()).divideScalar(centres.length));
  target.y = Math.min(2.6, Math.max(1.2, target.y));
  // three's lookAt for cameras turns −Z towards the target: the glTF camera convention.
  const look = new Quaternion().setFromRotationMatrix(new Matrix4().lookAt(eye, target, up));
  const viewpoint = model
    .node(workshop.viewpoint, {
      translation: [eye.x, eye.y, eye.z],
      rotation: [look.x, look.y, look.z, look.w],
    })
    .setExtras({ target: [round(target.x + offsetX), round(target.y), round(target.z)] });
  workshopNode.addChild(viewpoint);
}
