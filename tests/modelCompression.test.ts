import { type BufferAttribute, Matrix3, type Mesh, type Object3D, Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { buildCompanyGlb } from "../scripts/models/companyModel";
import { readCompanies, readPortraits, readSectorColors } from "../scripts/models/contentFiles";
import { loadGlbInNode } from "../scripts/models/loadGlbInNode";
import { shippedMeshoptLevel } from "../scripts/models/modelCompression";
import { sectorColorOf } from "../scripts/models/sectorColor";
import { castWorkers } from "../scripts/models/workers/cast";

/**
 * The shipped compression (meshopt filters over quantized attributes) must look the same as the
 * raw model: every vertex of the compressed model lies within a few millimetres of a vertex of
 * the raw one (same mesh), with a normal within a few degrees of that vertex's.
 */

interface Vertex {
  position: Vector3;
  normal: Vector3;
}

/** World-space vertices of every mesh, by the glTF name of the mesh's node. */
function verticesByNode(root: Object3D): Map<string, Vertex[]> {
  root.updateMatrixWorld(true);
  const byNode = new Map<string, Vertex[]>();
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const position = mesh.geometry.getAttribute("position") as BufferAttribute;
    const normal = mesh.geometry.getAttribute("normal") as BufferAttribute | undefined;
    const normalMatrix = new Matrix3().getNormalMatrix(mesh.matrixWorld);
    const key = `${String(mesh.parent?.userData.name ?? "")}/${String(mesh.userData.name ?? mesh.name)}`;
    const list = byNode.get(key) ?? [];
    for (let i = 0; i < position.count; i++)
      list.push({
        position: new Vector3().fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld),
        normal: normal
          ? new Vector3().fromBufferAttribute(normal, i).applyMatrix3(normalMatrix).normalize()
          : new Vector3(),
      });
    byNode.set(key, list);
  });
  return byNode;
}

const cell = 0.05;
const cellOf = (p: Vector3, dx = 0, dy = 0, dz = 0) =>
  `${Math.floor(p.x / cell) + dx},${Math.floor(p.y / cell) + dy},${Math.floor(p.z / cell) + dz}`;

/** The largest distance (m) and normal angle (degrees) from a compressed vertex to its raw twin. */
function largestErrors(raw: Vertex[], compressed: Vertex[]): { distance: number; degrees: number } {
  const grid = new Map<string, Vertex[]>();
  for (const vertex of raw) {
    const key = cellOf(vertex.position);
    grid.set(key, [...(grid.get(key) ?? []), vertex]);
  }
  let distance = 0;
  let degrees = 0;
  for (const vertex of compressed) {
    let nearest = Number.POSITIVE_INFINITY;
    let angle = 180;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const candidate of grid.get(cellOf(vertex.position, dx, dy, dz)) ?? []) {
            const d = candidate.position.distanceTo(vertex.position);
            if (d > nearest + 1e-4) continue;
            const a = (candidate.normal.angleTo(vertex.normal) * 180) / Math.PI;
            if (d < nearest - 1e-4 || a < angle) angle = a;
            nearest = Math.min(nearest, d);
          }
    distance = Math.max(distance, nearest);
    degrees = Math.max(degrees, angle);
  }
  return { distance, degrees };
}

describe("the shipped model compression", () => {
  it("keeps the largest model's geometry within 1 cm and its normals within 3 degrees of the raw model", async () => {
    const companies = await readCompanies();
    const colors = await readSectorColors();
    const roles = castWorkers(companies, await readPortraits());
    const company = companies.find((c) => c.id === "distillerie-des-roses-de-mai");
    if (!company) throw new Error("company missing");
    const color = sectorColorOf(company.sector, colors);
    const [raw, compressed] = await Promise.all([
      buildCompanyGlb(company, color, { roles, uncompressed: true }).then(loadGlbInNode),
      buildCompanyGlb(company, color, { roles, compression: shippedMeshoptLevel }).then(loadGlbInNode),
    ]);
    const rawVertices = verticesByNode(raw.scene);
    const compressedVertices = verticesByNode(compressed.scene);
    expect([...compressedVertices.keys()].sort()).toEqual([...rawVertices.keys()].sort());
    let worst = { distance: 0, degrees: 0 };
    for (const [node, vertices] of compressedVertices) {
      const errors = largestErrors(rawVertices.get(node) ?? [], vertices);
      worst = {
        distance: Math.max(worst.distance, errors.distance),
        degrees: Math.max(worst.degrees, errors.degrees),
      };
    }
    expect(worst.distance).toBeLessThan(0.01);
    expect(worst.degrees).toBeLessThan(3);
  }, 60_000);
});
