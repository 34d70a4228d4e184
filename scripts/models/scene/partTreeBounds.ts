import { Box3, Matrix4, Quaternion, Vector3 } from "three";
import type { Pivot } from "./MachineSketch";

/** A tree of rigid parts: what a machine's or a worker's sketch is made of. */
export interface BoundedPart extends Pivot {
  readonly geometry: { expandBox(box: Box3, matrix?: Matrix4): void };
  readonly children: ReadonlyArray<BoundedPart>;
}

/** Bounds at rest of a static body and its tree of moving parts, in the sketch's own frame. */
export function partTreeBounds(
  body: { expandBox(box: Box3, matrix?: Matrix4): void },
  parts: ReadonlyArray<BoundedPart>,
): Box3 {
  const box = new Box3();
  body.expandBox(box, new Matrix4());
  const visit = (level: ReadonlyArray<BoundedPart>, parentMatrix: Matrix4): void => {
    for (const part of level) {
      const local = new Matrix4().compose(
        new Vector3(...part.translation),
        new Quaternion(...part.rotation),
        new Vector3(1, 1, 1),
      );
      const matrix = parentMatrix.clone().multiply(local);
      part.geometry.expandBox(box, matrix);
      visit(part.children, matrix);
    }
  };
  visit(parts, new Matrix4());
  return box;
}
