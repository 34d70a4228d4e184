import { Group, Mesh, type Object3D } from "three";
import { describe, expect, it } from "vitest";
import { parseWorkerName } from "../src/content/modelContract/nodeNames";
import type { Workshop } from "../src/content/schema";
import {
  findWorkerAnchors,
  workerClipPrefixes,
  workerFootprints,
  workerOfObject,
} from "../src/factory/workerAnchors";

/** A node as GLTFLoader gives it: `:` and `/` stripped from `name`, the glTF name in `userData.name`. */
function gltfNode(
  name: string,
  extras: Record<string, unknown> = {},
  object: Object3D = new Group(),
): Object3D {
  object.name = name.replace(/[:/.[\]]/g, "");
  object.userData = { name, ...extras };
  return object;
}

const workshop = {
  id: "four",
  viewpoint: "viewpoint:four",
  machines: [
    { id: "four-rotatif", node: "machine:four-rotatif", jobs: ["pilote-four", "technicien-maintenance"] },
    { id: "broyeur", node: "machine:broyeur", jobs: ["conducteur-engins"] },
  ],
} as unknown as Workshop;

function scene() {
  const root = gltfNode("scene");
  const hall = gltfNode("workshop:four");
  const other = gltfNode("workshop:carriere");
  const worker = gltfNode("worker:four-rotatif:pilote-four", {
    worker: true,
    gender: "femme",
    area: [1, 2, 1.8, 3.5],
  });
  const arm = gltfNode("worker:four-rotatif:pilote-four/arm-left");
  const armMesh = gltfNode("worker:four-rotatif:pilote-four/arm-left/mesh", {}, new Mesh());
  arm.add(armMesh);
  worker.add(arm);
  hall.add(
    gltfNode("machine:four-rotatif"),
    worker,
    // Not a trade of that machine, and a machine of another workshop: both ignored.
    gltfNode("worker:four-rotatif:soudeur"),
    gltfNode("worker:silo:pilote-four"),
  );
  other.add(gltfNode("worker:broyeur:conducteur-engins"));
  root.add(hall, other);
  return { root, worker, armMesh };
}

describe("worker nodes", () => {
  it("read `worker:<machine>:<job>` and nothing else", () => {
    expect(parseWorkerName("worker:four-rotatif:pilote-four")).toEqual({
      machineId: "four-rotatif",
      jobId: "pilote-four",
    });
    for (const name of [
      "worker:four-rotatif:pilote-four/work",
      "worker:four-rotatif:pilote-four/arm-left/mesh",
      "machine:four-rotatif",
      "worker:four-rotatif",
      "worker:Four:pilote-four",
      "workerfour-rotatifpilote-four",
    ])
      expect(parseWorkerName(name), name).toBeUndefined();
  });

  it("are found in their workshop only, at its machines, doing one of their trades", () => {
    const { root, worker } = scene();
    const anchors = findWorkerAnchors(root, workshop);
    expect(anchors.map((a) => [a.machineId, a.jobId, a.node])).toEqual([
      ["four-rotatif", "pilote-four", worker],
    ]);
    expect(workerFootprints(anchors)).toEqual([{ minX: 1, minZ: 2, maxX: 1.8, maxZ: 3.5 }]);
  });

  it("own the meshes under them: a click on an arm is a click on the worker", () => {
    const { root, armMesh } = scene();
    const anchors = findWorkerAnchors(root, workshop);
    expect(workerOfObject(armMesh, anchors)?.jobId).toBe("pilote-four");
    expect(workerOfObject(root, anchors)).toBeUndefined();
  });

  it("have clips named after them, for the workshop's machines", () => {
    expect(workerClipPrefixes(workshop)).toEqual(["worker:four-rotatif:", "worker:broyeur:"]);
  });
});
