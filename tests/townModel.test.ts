import { readFile } from "node:fs/promises";
import validator from "gltf-validator";
import type { InstancedMesh, Mesh, Object3D } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { describe, expect, it } from "vitest";
import { buildTownGlb, type TownSector } from "../scripts/models/town/townModel";
import { townModelPath } from "../src/content/modelContract/townModelPath";
import { prefersReducedMotion } from "../src/stage/prefersReducedMotion";
import { townAnimates } from "../src/town/townMotion";

const publicDir = new URL("../public/", import.meta.url);
const sectors = JSON.parse(
  await readFile(new URL("content/sectors.json", publicDir), "utf8"),
) as TownSector[];
const companies = JSON.parse(await readFile(new URL("content/companies.json", publicDir), "utf8")) as {
  sector: string;
}[];
const shipped = new Uint8Array(await readFile(new URL(townModelPath, publicDir)));
const built = await buildTownGlb(sectors);

async function parse(bytes: Uint8Array) {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return loader.parseAsync(buffer, "");
}

function triangles(mesh: Mesh): number {
  const g = mesh.geometry;
  const count = (g.index ? g.index.count : (g.getAttribute("position")?.count ?? 0)) / 3;
  return count * ((mesh as InstancedMesh).isInstancedMesh ? (mesh as InstancedMesh).count : 1);
}

function named(root: Object3D, name: string): Object3D | undefined {
  let found: Object3D | undefined;
  root.traverse((o) => {
    if (!found && o.userData.name === name) found = o;
  });
  return found;
}

describe("the town model (public/models/town.glb)", () => {
  it("is what `npm run models:town` makes of the sectors today: same input, same bytes", () => {
    expect(built.byteLength).toBe(shipped.byteLength);
    expect(Buffer.from(built).equals(Buffer.from(shipped))).toBe(true);
  });

  it("is valid glTF, under 1.5 MB", async () => {
    const report = await validator.validateBytes(shipped, { maxIssues: 100 });
    expect(report.issues.messages.filter((m) => m.severity === 0)).toEqual([]);
    expect(shipped.byteLength).toBeLessThan(1.5 * 1024 * 1024);
  });

  it("has land, sea, a landmark per sector, instanced trees and a building prototype per sector", async () => {
    const gltf = await parse(shipped);
    for (const name of ["terrain", "sea", "scenery"]) expect(named(gltf.scene, name), name).toBeDefined();
    for (const sector of sectors) {
      const landmark = named(gltf.scene, `landmark:${sector.id}`);
      let count = 0;
      landmark?.traverse((o) => {
        if ((o as Mesh).isMesh) count += triangles(o as Mesh);
      });
      expect(count, sector.id).toBeGreaterThan(300);
    }
    const trees: InstancedMesh[] = [];
    gltf.scene.traverse((o) => {
      if ((o as InstancedMesh).isInstancedMesh) trees.push(o as InstancedMesh);
    });
    expect(trees.length).toBeGreaterThanOrEqual(3);
    expect(trees.reduce((sum, t) => sum + t.count, 0)).toBeGreaterThan(200);
    const prototypes = gltf.scenes.find((s) => s.name === "prototypes");
    for (const sector of sectors) expect(named(prototypes as Object3D, `company:${sector.id}`)).toBeDefined();
    expect(named(prototypes as Object3D, "company:*")).toBeDefined();
  });

  it("moves calmly: a sailing ship, turning turbines, smoke and a flare, each clip on its own pieces", async () => {
    const gltf = await parse(shipped);
    const names = gltf.animations.map((a) => a.name);
    for (const name of ["maritime/ship", "electricite/rotor-0", "petrole/flare", "metallurgie/smoke-a"])
      expect(names).toContain(name);
    for (const clip of gltf.animations) {
      expect(clip.duration, clip.name).toBeGreaterThan(0.5);
      // Pieces are named after their clip's sector: a clip never moves another district.
      const sector = clip.name.split("/")[0] ?? "";
      for (const track of clip.tracks) expect(track.name.startsWith(sector), track.name).toBe(true);
    }
  });

  it("keeps the town view within a school PC's budget, one building per company included", async () => {
    const gltf = await parse(shipped);
    let drawCalls = 0;
    let count = 0;
    gltf.scene.traverse((o) => {
      if (!(o as Mesh).isMesh) return;
      drawCalls += 1;
      count += triangles(o as Mesh);
    });
    const prototypes = gltf.scenes.find((s) => s.name === "prototypes") as Object3D;
    for (const company of companies) {
      const prototype = (named(prototypes, `company:${company.sector}`) ??
        named(prototypes, "company:*")) as Mesh;
      drawCalls += 1;
      count += triangles(prototype);
    }
    expect(drawCalls).toBeLessThanOrEqual(150);
    expect(count).toBeLessThanOrEqual(300_000);
  });
});

describe("the town's animations", () => {
  it("stop in économe quality and when reduced motion is asked for", () => {
    expect(townAnimates("auto", false)).toBe(true);
    expect(townAnimates("haute", false)).toBe(true);
    expect(townAnimates("econome", false)).toBe(false);
    expect(townAnimates("auto", true)).toBe(false);
    expect(prefersReducedMotion()).toBe(false);
  });
});
