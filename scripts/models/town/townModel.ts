import type { Node } from "@gltf-transform/core";
import { meshopt } from "@gltf-transform/functions";
import { MeshoptEncoder } from "meshoptimizer";
import type { Sector } from "../../../src/content/schema";
import { layoutTown } from "../../../src/town/townLayout";
import { townRoads } from "../../../src/town/townRoads";
import { gltfIO } from "../gltfIO";
import { companyPrototype } from "./companies";
import { Landmark } from "./Landmark";
import { defaultLandmark, landmarkBuilders, type PlantedTree } from "./landmarks";
import { type Area, sceneryPaint } from "./scenery";
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
    const group = town.node(`landmark:${id}`, [district.x, 0, district.z]);
    root.addChild(group);
    const body = town.meshNode(`landmark:${id}/static`, landmark.paint);
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
    const node = town.meshNode(`company:${sector.id}`, companyPrototype(sector.id, sector.color));
    if (node) prototypes.addChild(node);
  }
  const fallback = town.meshNode("company:*", companyPrototype("", "#8a8f98"));
  if (fallback) prototypes.addChild(fallback);
  return town;
}

/** The town's .glb bytes, meshopt-compressed. Same sectors, same bytes. */
export async function buildTownGlb(sectors: ReadonlyArray<TownSector>): Promise<Uint8Array> {
  const io = await gltfIO();
  const { document } = buildTownDocument(sectors);
  await document.transform(meshopt({ encoder: MeshoptEncoder, level: "medium" }));
  return io.writeBinary(document);
}
