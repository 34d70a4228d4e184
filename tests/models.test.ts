import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  Box3,
  Group,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
  PlaneGeometry,
  Quaternion,
  Vector3,
} from "three";
import { describe, expect, it } from "vitest";
import { buildCompanyGlb } from "../scripts/models/companyModel";
import {
  type ModelSource,
  readCompanies,
  readPortraits,
  readSectorColors,
} from "../scripts/models/contentFiles";
import { castHotspotRay } from "../scripts/models/hotspotRay";
import { kitBuilders } from "../scripts/models/kit/registry";
import { kitNames } from "../scripts/models/kitNames";
import { findNode, type LoadedModel, loadGlbInNode } from "../scripts/models/loadGlbInNode";
import { MachineSketch } from "../scripts/models/scene/MachineSketch";
import { seededRandom } from "../scripts/models/scene/seededRandom";
import { sketchToThree } from "../scripts/models/scene/sketchToThree";
import { sectorColorOf } from "../scripts/models/sectorColor";
import { validateCompanyModel } from "../scripts/models/validateModels";
import { castWorkers, type WorkerRole } from "../scripts/models/workers/cast";
import { parseWorkerName, workerNodeName } from "../src/content/modelContract/nodeNames";

const companies = await readCompanies();
const sectorColors = await readSectorColors();
const publicDir = new URL("../public/", import.meta.url);

async function loadModel(company: ModelSource): Promise<LoadedModel> {
  const model = await loadGlbInNode(new Uint8Array(await readFile(new URL(company.model, publicDir))));
  model.scene.updateMatrixWorld(true);
  return model;
}

function isWithin(object: Object3D, ancestor: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (o === ancestor) return true;
  return false;
}

function apartOnTheFloor(a: Box3, b: Box3): boolean {
  return a.max.x < b.min.x || b.max.x < a.min.x || a.max.z < b.min.z || b.max.z < a.min.z;
}

describe("shipped models (public/models)", () => {
  it("exist for a non-empty content pack", () => {
    expect(companies.length).toBeGreaterThan(0);
  });

  for (const [c, company] of companies.entries()) {
    it(`${company.id}: valid glTF, every node the content names, budgets, clickable hotspots`, async () => {
      expect(await validateCompanyModel(company, c, publicDir)).toEqual([]);
    });

    it(`${company.id}: machines on their floor and apart, viewpoints aimed, animations on machine parts`, async () => {
      const { scene, animations } = await loadModel(company);
      const machineNodes = new Map<string, Object3D>();
      for (const workshop of company.workshops) {
        const floor = new Box3().setFromObject(findNode(scene, `floor:${workshop.id}`) ?? new Group());
        const boxes = workshop.machines.map((machine) => {
          const node = findNode(scene, machine.node);
          expect(node?.userData.machine, machine.node).toBe(machine.id);
          if (node) machineNodes.set(machine.node, node);
          return new Box3().setFromObject(node ?? new Group());
        });
        // Bounding boxes are the app's walking obstacles: inside the floor, not overlapping.
        for (const [i, box] of boxes.entries()) {
          const name = workshop.machines[i]?.node;
          expect(box.min.x, name).toBeGreaterThanOrEqual(floor.min.x);
          expect(box.max.x, name).toBeLessThanOrEqual(floor.max.x);
          expect(box.min.z, name).toBeGreaterThanOrEqual(floor.min.z);
          expect(box.max.z, name).toBeLessThanOrEqual(floor.max.z);
          for (const other of boxes.slice(i + 1)) expect(apartOnTheFloor(box, other), name).toBe(true);
        }
        // The viewpoint's −Z looks at its target (glTF camera convention), from the eye height.
        const viewpoint = findNode(scene, workshop.viewpoint);
        const target = viewpoint?.userData.target as number[] | undefined;
        expect(target, workshop.viewpoint).toHaveLength(3);
        if (viewpoint && target) {
          const eye = viewpoint.getWorldPosition(new Vector3());
          const forward = new Vector3(0, 0, -1).applyQuaternion(
            viewpoint.getWorldQuaternion(new Quaternion()),
          );
          const toTarget = new Vector3(...target).sub(eye).normalize();
          expect(forward.dot(toTarget)).toBeGreaterThan(0.999);
          expect(eye.y).toBeGreaterThanOrEqual(3.2);
          expect(eye.y).toBeLessThanOrEqual(4);
        }
      }
      // "<machine node>/<motion>" or "worker:<machine>:<job>/work", moving only that node's sub-nodes.
      for (const clip of animations) {
        const owner = clip.name.slice(0, clip.name.lastIndexOf("/"));
        const machine =
          machineNodes.get(owner) ?? (owner.startsWith("worker:") ? findNode(scene, owner) : undefined);
        expect(machine, clip.name).toBeDefined();
        for (const track of clip.tracks) {
          const target = scene.getObjectByName(track.name.slice(0, track.name.lastIndexOf(".")));
          const ok =
            target !== undefined && machine !== undefined && target !== machine && isWithin(target, machine);
          expect(ok, track.name).toBe(true);
        }
      }
    });
  }
});

/** The workers of a loaded model: their nodes, by the name `worker:<machine>:<job>`. */
function workersOf(scene: Object3D): Object3D[] {
  const workers: Object3D[] = [];
  scene.traverse((node) => {
    const name = node.userData.name;
    if (typeof name === "string" && parseWorkerName(name)) workers.push(node);
  });
  return workers;
}

describe("workers in the shipped models", async () => {
  const loaded = await Promise.all(
    companies.map(async (company) => ({ company, model: await loadModel(company) })),
  );
  const portraits = await readPortraits();

  it("stand at the machines of their workshop, doing one of its trades, at least one per machine", () => {
    for (const { company, model } of loaded) {
      for (const workshop of company.workshops) {
        const hall = findNode(model.scene, `workshop:${workshop.id}`) ?? new Group();
        const floor = new Box3().setFromObject(findNode(model.scene, `floor:${workshop.id}`) ?? new Group());
        const machineBoxes = workshop.machines.map((m) =>
          new Box3().setFromObject(findNode(model.scene, m.node) ?? new Group()),
        );
        const workers = workersOf(hall);
        for (const machine of workshop.machines) {
          const here = workers.filter((w) => w.userData.machine === machine.id);
          expect(here.length, `${company.id} ${machine.id}`).toBeGreaterThanOrEqual(1);
          for (const worker of here) {
            const name = worker.userData.name as string;
            expect(parseWorkerName(name), name).toEqual({
              machineId: machine.id,
              jobId: worker.userData.job,
            });
            expect(machine.jobs, name).toContain(worker.userData.job);
            // On the floor, outside every machine, within the floor area it declares.
            const feet = worker.getWorldPosition(new Vector3());
            expect(feet.y, name).toBeCloseTo(0, 3);
            expect(floor.containsPoint(feet.setY(floor.min.y)), name).toBe(true);
            for (const box of machineBoxes)
              expect(box.containsPoint(feet.clone().setY(0.5)), name).toBe(false);
            const [minX, minZ, maxX, maxZ] = worker.userData.area as number[];
            expect(
              [minX, minZ, maxX, maxZ].every((v) => typeof v === "number"),
              name,
            ).toBe(true);
            expect(
              feet.x >= (minX ?? 0) &&
                feet.x <= (maxX ?? 0) &&
                feet.z >= (minZ ?? 0) &&
                feet.z <= (maxZ ?? 0),
              name,
            ).toBe(true);
            // Human scale: 1.5 to 2.1 m tall.
            const height = new Box3().setFromObject(worker).max.y;
            expect(height, name).toBeGreaterThan(1.5);
            expect(height, name).toBeLessThan(2.1);
          }
        }
      }
    }
  });

  it("are women and men in equal number in every sector, so across the visit", () => {
    const bySector = new Map<string, { femme: number; homme: number }>();
    for (const { company, model } of loaded) {
      const count = bySector.get(company.sector) ?? { femme: 0, homme: 0 };
      bySector.set(company.sector, count);
      for (const worker of workersOf(model.scene)) {
        const gender = worker.userData.gender as "femme" | "homme";
        expect(["femme", "homme"]).toContain(gender);
        count[gender] += 1;
      }
    }
    expect(bySector.size).toBeGreaterThan(0);
    for (const [sector, count] of bySector) {
      expect(count.femme, sector).toBeGreaterThan(0);
      expect(count.femme, sector).toBe(count.homme);
    }
  });

  it("include each portrait at its machine, doing its trade", () => {
    for (const portrait of portraits) {
      const company = loaded.find((l) =>
        l.company.workshops.some((w) => w.machines.some((m) => m.id === portrait.machine)),
      );
      if (!portrait.machine || !company) continue;
      const worker = workersOf(company.model.scene).find((w) => w.userData.portrait === portrait.id);
      expect(worker?.userData.name, portrait.id).toBe(`worker:${portrait.machine}:${portrait.job}`);
      expect(worker?.userData.gender, portrait.id).toBe(portrait.gender);
    }
  });

  it("move (work loop) only when the app plays their clip: one looping clip per worker", () => {
    for (const { model } of loaded) {
      for (const worker of workersOf(model.scene)) {
        const name = worker.userData.name as string;
        const clips = model.animations.filter((clip) => clip.name.startsWith(`${name}/`));
        expect(
          clips.map((c) => c.name),
          name,
        ).toEqual([`${name}/work`]);
        expect(clips[0]?.duration ?? 0, name).toBeGreaterThan(1);
      }
    }
  });
});

describe("worker cast", () => {
  const company = (sector: string, machines: number, jobs = ["a", "b"]) => ({
    sector,
    workshops: [{ machines: Array.from({ length: machines }, (_, i) => ({ id: `${sector}-m${i}`, jobs })) }],
  });
  const genders = (roles: Map<string, WorkerRole[]>) => {
    const all = [...roles.values()].flat();
    return {
      femme: all.filter((r) => r.gender === "femme").length,
      homme: all.filter((r) => r.gender === "homme").length,
    };
  };

  it("gives an odd sector a second worker doing the second trade, for parity", () => {
    const roles = castWorkers([company("x", 3)]);
    expect(genders(roles)).toEqual({ femme: 2, homme: 2 });
    expect(
      [...roles.values()]
        .flat()
        .map((r) => r.jobId)
        .sort(),
    ).toEqual(["a", "a", "a", "b"]);
  });

  it("drops a worker when no machine of an odd sector has a second trade", () => {
    expect(genders(castWorkers([company("x", 3, ["a"])]))).toEqual({ femme: 1, homme: 1 });
  });

  it("puts a portrait at its machine, with its trade and gender", () => {
    const roles = castWorkers(
      [company("x", 4)],
      [{ id: "p", sector: "x", job: "b", gender: "homme", machine: "x-m0" }],
    );
    expect(roles.get("x-m0")).toEqual([{ machineId: "x-m0", jobId: "b", gender: "homme", portraitId: "p" }]);
    expect(genders(roles)).toEqual({ femme: 2, homme: 2 });
  });

  it("reads a worker's node name back", () => {
    expect(parseWorkerName(workerNodeName("four-rotatif", "pilote-four"))).toEqual({
      machineId: "four-rotatif",
      jobId: "pilote-four",
    });
    expect(parseWorkerName("worker:four-rotatif:pilote-four/work")).toBeUndefined();
    expect(parseWorkerName("machine:four-rotatif")).toBeUndefined();
  });
});

describe("model generator", () => {
  it("is deterministic: same content, same bytes", async () => {
    const company = companies[0];
    if (!company) return;
    const first = await buildCompanyGlb(company, sectorColorOf(company.sector, sectorColors));
    const second = await buildCompanyGlb(company, sectorColorOf(company.sector, sectorColors));
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it("lays out four workshops of five of the largest machines, and unknown kits, with their workers, within the rules", async () => {
    const largest = ["blast-furnace", "gantry-crane", "rotary-kiln", "distillation-column", "rolling-mill"];
    const rows: (string | undefined)[][] = [
      largest,
      [...largest].reverse(),
      ["oven", "extruder", "pipe-rack", "autoclave", "no-such-kit"],
      ["dry-dock", "helicopter", "cyclone-tower", "pylon", undefined],
    ];
    const company: ModelSource = {
      id: "usine-test",
      sector: "test",
      model: "models/usine-test.glb",
      workshops: rows.map((row, w) => ({
        id: `atelier-${w}`,
        viewpoint: `viewpoint:atelier-${w}`,
        machines: row.map((kit, m) => ({
          id: `machine-${w}-${m}`,
          node: `machine:machine-${w}-${m}`,
          kit,
          jobs: ["soudeur", "cariste"],
        })),
      })),
    };
    const dir = await mkdtemp(path.join(tmpdir(), "models-"));
    await mkdir(path.join(dir, "models"));
    await writeFile(path.join(dir, company.model), await buildCompanyGlb(company, "#336699"));
    expect(await validateCompanyModel(company, 0, new URL(`file://${dir}/`))).toEqual([]);
  });
});

describe("machine kit", () => {
  it("has a builder for every kit name", () => {
    expect(Object.keys(kitBuilders).sort()).toEqual([...kitNames].sort());
  });

  // The hotspot sits at the centre of a machine's bounding box and a click there casts a ray from
  // wherever the visitor stands: that centre must be inside the machine, seen from any side.
  for (const kit of kitNames) {
    it(`${kit}: solid at the centre of its bounds, seen from all around`, () => {
      const sketch = new MachineSketch();
      kitBuilders[kit](sketch, { random: seededRandom(1) });
      const machine = sketchToThree(sketch);
      const floor = new Mesh(new PlaneGeometry(200, 200), new MeshBasicMaterial());
      floor.rotation.x = -Math.PI / 2;
      const scene = new Group().add(machine, floor);
      scene.updateMatrixWorld(true);
      const bounds = sketch.bounds();
      const centre = bounds.getCenter(new Vector3());
      const reach = Math.max(bounds.max.x - bounds.min.x, bounds.max.z - bounds.min.z) / 2;
      for (const eyeHeight of [1.6, 3.6]) {
        for (const distance of [6, 10, 16]) {
          for (let degrees = 0; degrees < 360; degrees += 10) {
            const a = (degrees * Math.PI) / 180;
            const eye = new Vector3(
              centre.x + Math.sin(a) * (distance + reach),
              eyeHeight,
              centre.z + Math.cos(a) * (distance + reach),
            );
            const where = `${eyeHeight} m high, ${distance} m away, ${degrees}°`;
            expect(castHotspotRay(scene, machine, eye).hitsMachine, where).toBe(true);
          }
        }
      }
    });
  }
});
