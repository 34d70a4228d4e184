/**
 * The lens maths of "fit this in the picture", in one place: a perspective camera of vertical
 * field `fovDegrees` on a stage of `aspect` = width / height.
 */

/** Half the vertical and the horizontal angles of view, in radians. */
export function halfAngles(fovDegrees: number, aspect: number): { vertical: number; horizontal: number } {
  const vertical = (fovDegrees * Math.PI) / 360;
  return { vertical, horizontal: Math.atan(Math.tan(vertical) * aspect) };
}

/** How far from its centre a camera must stand for a sphere of `radius` to fit the picture. */
export function fitDistance(radius: number, fovDegrees: number, aspect: number): number {
  const { vertical, horizontal } = halfAngles(fovDegrees, aspect);
  return radius / Math.sin(Math.min(vertical, horizontal));
}

/** How far a camera must stand for a flat `width` × `height` facing it to fit the picture. */
export function fitRectDistance(width: number, height: number, fovDegrees: number, aspect: number): number {
  const { vertical, horizontal } = halfAngles(fovDegrees, aspect);
  return Math.max(width / 2 / Math.tan(horizontal), height / 2 / Math.tan(vertical));
}
