/**
 * The lie of the land around the districts, shared by the town model's generator and the 2D
 * map: the shore line (land for z below it, the bay above), in metres.
 */
export function coastZ(x: number): number {
  const headlands = 30 * smoothstep(100, 150, Math.abs(x));
  return 19 + 2.2 * Math.sin(x * 0.043 + 0.6) + 1.3 * Math.sin(x * 0.11 + 1.3) + headlands;
}

/** 0 below `edge0`, 1 above `edge1`, smooth in between (GLSL's smoothstep). */
export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}
