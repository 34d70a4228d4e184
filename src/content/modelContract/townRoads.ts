import type { DistrictPlacement } from "./townLayout";

/** A straight piece of road: its centre and its size along x and z, in metres. */
export interface RoadPiece {
  x: number;
  z: number;
  width: number;
  depth: number;
}

/** Width of the town's streets, in metres. */
export const roadWidth = 3;

/**
 * The streets between the districts: an avenue along the shore, one between each row of
 * districts and one at the foot of the hills; a street in every gap of a row, and one at each end.
 * Pure: the town model paves them and the 2D map draws them from the same pieces.
 */
export function townRoads(districts: ReadonlyArray<DistrictPlacement>): RoadPiece[] {
  if (districts.length === 0) return [];
  const half = (districts[0]?.size ?? 20) / 2;
  const rows = [...new Set(districts.map((d) => d.z))].sort((a, b) => b - a);
  const front = (rows[0] ?? 0) + half + 2.6;
  const back = (rows[rows.length - 1] ?? 0) - half - 3;
  const avenues = [front, ...rows.slice(1).map((z, i) => ((rows[i] ?? 0) - half + z + half) / 2), back];
  const east = Math.max(...districts.map((d) => d.x)) + half + 3;
  const west = Math.min(...districts.map((d) => d.x)) - half - 3;
  const pieces: RoadPiece[] = avenues.map((z) => ({
    x: (east + west) / 2,
    z,
    width: east - west + roadWidth,
    depth: roadWidth,
  }));
  for (const x of [west, east])
    pieces.push({ x, z: (front + back) / 2, width: roadWidth, depth: front - back });
  rows.forEach((z, r) => {
    const inRow = districts.filter((d) => d.z === z).sort((a, b) => a.x - b.x);
    const from = avenues[r] ?? front;
    const to = avenues[r + 1] ?? back;
    for (let i = 0; i + 1 < inRow.length; i++) {
      const x = ((inRow[i]?.x ?? 0) + (inRow[i + 1]?.x ?? 0)) / 2;
      pieces.push({ x, z: (from + to) / 2, width: roadWidth, depth: from - to });
    }
  });
  return pieces;
}
