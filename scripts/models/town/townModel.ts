import type { Node } from "@gltf-transform/core";
import { meshopt } from "@gltf-transform/functions";
import { MeshoptEncoder } from "meshoptimizer";
import { layoutTown } from "../../../src/content/modelContract/townLayout";
import { fallbackPrototypeName, prototypeName } from "../../../src/content/modelContract/townModelPath";
import { type RoadPiece, roadWidth, townRoads } from "../../../src/content/modelContract/townRoads";
import type { Sector } from "../../../src/content/schema";
import type { Vec3 } from "../geometry/Geometry";
import { gltfIO } from "../gltfIO";
import { type MeshoptLevel, shippedMeshoptLevel } from "../modelCompression";
import { companyPrototype } from "./companies";
import { Landmark, sail } from "./Landmark";
import { defaultLandmark, landmarkBuilders, type PlantedTree } from "./landmarks";
import { type Area, sceneryPaint } from "./scenery";
import { block, hue } from "./shapes";
import { TownDocument } from "./TownDocument";
import { damValley, quarry, runway, seaPaint, terrainPaint } from "./terrain";
import { plantTrees, type TreeKind, treePrototype } from "./trees";

/** The parts of a sector (see src/content/schema.ts) the town is generated from. */
export type TownSector = Pick<Sector, "id" | "color"> & Partial<Sector>;

/**
 * Builds the town "entre terre et mer" as a glTF document: the ground and the hills (`terrain`),
 * the bay (`sea`, whose vertices the app lifts into waves), the streets, squares and villages
 * (`scenery`), one `landmark:<sector>` per district with its moving pieces and looping
 * animations (`<sector>/<motion>`), instanced trees (`trees:<kind>`), and, in a second scene
 * `prototypes`, one building `company:<sector>` that the app places once per company.
 */
export function buildTownDocument(sectors: ReadonlyArray<TownSector>): TownDocument {
  const districts = layoutTown(sectors as Sector[], []);
  const roads = townRoads(districts);
  const town = new TownDocument();
  const root = town.node("town");
  town.scene.addChild(root);
  const add = (node: Node | null) => {
    if (node) root.addChild(node);
  };
  add(town.meshNode("terrain", terrainPaint()));
  add(town.meshNode("sea", seaPaint()));

  const planted: { kind: PlantedTree["kind"]; x: number; z: number; scale: number }[] = [];
  for (const district of districts) {
    const id = district.sector.id;
    const landmark = new Landmark();
    const trees: PlantedTree[] = [];
    (landmarkBuilders[id] ?? defaultLandmark)(
      landmark,
      { x: district.x, z: district.z, color: district.sector.color },
      trees,
    );
    for (const tree of trees) planted.push({ ...tree, x: tree.x + district.x, z: tree.z + district.z });
    addMoving(town, root, `landmark:${id}`, [district.x, 0, district.z], landmark);
  }

  // Cars going round the town's blocks.
  const traffic = new Landmark();
  driveCars(traffic, roads);
  addMoving(town, root, "traffic", [0, 0, 0], traffic);

  const keepOut: Area[] = [
    ...districts.map((d) => ({ x: d.x, z: d.z, width: d.size + 1, depth: d.size + 1 })),
    ...roads,
    { x: runway.x, z: runway.z - 2, width: runway.length + 6, depth: runway.width + 12 },
    // The parfumerie's lavender fields east of the town, the port's quay.
    ...districts
      .filter((d) => d.sector.id === "parfum-cosmetique")
      .map((d) => ({ x: d.x + 34, z: d.z, width: 27, depth: 23 })),
    ...districts
      .filter((d) => d.sector.id === "maritime")
      .map((d) => ({ x: d.x, z: d.z + 20, width: 34, depth: 24 })),
    { x: damValley.x, z: damValley.z + 3, width: 30, depth: 8 },
    { x: quarry.x, z: quarry.z, width: quarry.halfWidth * 2 + 4, depth: quarry.halfDepth * 2 + 4 },
  ];
  const scenery = sceneryPaint(districts, roads, keepOut);
  add(town.meshNode("scenery", scenery.paint));

  const avenues = roads.filter((r) => r.width > r.depth);
  const trees = plantTrees([...keepOut, ...scenery.taken], avenues);
  for (const tree of planted) {
    trees[tree.kind].push({
      position: [tree.x, 0.1, tree.z],
      yaw: tree.x * 3.1,
      scale: [tree.scale, tree.scale, tree.scale],
    });
  }
  for (const kind of ["pine", "cypress", "round"] as TreeKind[])
    add(town.instancedNode(`trees:${kind}`, treePrototype(kind), trees[kind]));

  const prototypes = town.document.createScene("prototypes");
  for (const sector of sectors) {
    const node = town.meshNode(prototypeName(sector.id), companyPrototype(sector.id, sector.color));
    if (node) prototypes.addChild(node);
  }
  const fallback = town.meshNode(fallbackPrototypeName, companyPrototype("", "#8a8f98"));
  if (fallback) prototypes.addChild(fallback);
  return town;
}

/** The town's .glb bytes, meshopt-compressed. Same sectors, same bytes. */
export async function buildTownGlb(
  sectors: ReadonlyArray<TownSector>,
  compression: MeshoptLevel = shippedMeshoptLevel,
): Promise<Uint8Array> {
  const io = await gltfIO();
  const { document } = buildTownDocument(sectors);
  await document.transform(meshopt({ encoder: MeshoptEncoder, level: compression }));
  return io.writeBinary(document);
}

/**
 * Adds a group named `name` at `translation`: its static mesh (`<name>/static`), a pivot per
 * moving piece (with its mesh `<piece>/mesh`), and the pieces' looping animations.
 */
function addMoving(
  town: TownDocument,
  root: Node,
  name: string,
  translation: Vec3,
  landmark: Landmark,
): void {
  const group = town.node(name, translation);
  root.addChild(group);
  const body = town.meshNode(`${name}/static`, landmark.paint);
  if (body) group.addChild(body);
  const pivots = new Map<string, Node>();
  for (const piece of landmark.pieces) {
    const pivot = town.node(piece.name, piece.translation, piece.rotation).setScale([...piece.scale]);
    const mesh = town.meshNode(`${piece.name}/mesh`, piece.paint);
    if (mesh) pivot.addChild(mesh);
    group.addChild(pivot);
    pivots.set(piece.name, pivot);
  }
  for (const motion of landmark.motions) {
    town.animation(
      motion.name,
      motion.tracks.flatMap((track) => {
        const node = pivots.get(track.piece.name);
        return node ? [{ node, path: track.path, times: track.times, values: track.values }] : [];
      }),
    );
  }
}

/**
 * Four cars driving round the town on the right-hand side of the streets: along the avenue
 * behind the shore row, down the east street, back along the shore and up the west street.
 */
function driveCars(traffic: Landmark, roads: ReadonlyArray<RoadPiece>): void {
  const avenues = roads.filter((r) => r.width > r.depth).sort((a, b) => b.z - a.z);
  const front = avenues[0];
  const second = avenues[1];
  if (!front || !second) return;
  const west = front.x - front.width / 2 + roadWidth / 2;
  const east = front.x + front.width / 2 - roadWidth / 2;
  const lane = roadWidth / 4;
  // Anticlockwise seen from above (x east, z south): keep to the right of the way.
  const corners: [number, number][] = [
    [west + lane, second.z + lane],
    [west + lane, front.z - lane],
    [east - lane, front.z - lane],
    [east - lane, second.z + lane],
  ];
  const lengths = corners.map((c, i) => {
    const n = corners[(i + 1) % corners.length] ?? c;
    return Math.hypot(n[0] - c[0], n[1] - c[1]);
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  const at = (f: number): Vec3 => {
    let d = (((f % 1) + 1) % 1) * total;
    for (const [i, c] of corners.entries()) {
      const length = lengths[i] ?? 0;
      if (d <= length) {
        const n = corners[(i + 1) % corners.length] ?? c;
        const t = d / length;
        return [c[0] + (n[0] - c[0]) * t, 0.1, c[1] + (n[1] - c[1]) * t];
      }
      d -= length;
    }
    return [corners[0]?.[0] ?? 0, 0.1, corners[0]?.[1] ?? 0];
  };
  const colours = ["#d0312d", "#f2c14e", "#2e86c1", "#f5f5f1"];
  colours.forEach((colour, k) => {
    const car = traffic.piece(`traffic/car-${k}`, at(k / colours.length));
    block(car.paint, "satin", colour, 0, 0, 1.9, 0.55, 0.95, 0.2);
    block(car.paint, "satin", hue.window, -0.15, 0, 1, 0.45, 0.85, 0.75);
    for (const [dx, dz] of [
      [-0.6, -0.45],
      [0.6, -0.45],
      [-0.6, 0.45],
      [0.6, 0.45],
    ] as const) {
      block(car.paint, "matte", hue.black, dx, dz, 0.45, 0.4, 0.12, 0);
    }
    traffic.animate(`traffic/car-${k}`, ...sail(car, (f) => at(f + k / colours.length), 70, 96));
  });
}
