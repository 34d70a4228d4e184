import type { Box3 } from "three";
import type { Vec3 } from "../geometry/Geometry";
import { quaternionOf, type Turn } from "../geometry/placement";
import type { Motion, Pivot } from "../scene/MachineSketch";
import { PartGroup } from "../scene/PartGroup";
import type { FigureColor } from "../scene/palette";
import { partTreeBounds } from "../scene/partTreeBounds";

/** A rigid part of a worker that the work loop moves (a leg, an arm, the torso, a valve wheel). */
export interface FigurePart extends Pivot {
  readonly geometry: PartGroup<FigureColor>;
  readonly children: FigurePart[];
}

/**
 * A worker as drawn: in their own frame (origin on the floor between the feet, +Z the way they
 * face), static geometry and rigid moving parts keyed by colour (each part becomes one
 * vertex-coloured mesh), and their looping work motion.
 */
export class FigureSketch {
  readonly body = new PartGroup<FigureColor>();
  readonly parts: FigurePart[] = [];
  readonly motions: Motion[] = [];

  /** Declares a rigid part pivoting at `position` (in `parent`'s frame, or the worker's). */
  part(name: string, position: Vec3, turn: Turn = {}, parent?: FigurePart): FigurePart {
    const part: FigurePart = {
      name,
      translation: position,
      rotation: quaternionOf(turn),
      geometry: new PartGroup<FigureColor>(),
      children: [],
    };
    (parent ? parent.children : this.parts).push(part);
    return part;
  }

  /** Bounds of everything at rest, in the worker's frame. */
  bounds(): Box3 {
    return partTreeBounds(this.body, this.parts);
  }

  /** Number of meshes (draw calls) this worker adds. */
  meshCount(): number {
    const visit = (parts: FigurePart[]): number =>
      parts.reduce((n, p) => n + (p.geometry.entries().length > 0 ? 1 : 0) + visit(p.children), 0);
    return (this.body.entries().length > 0 ? 1 : 0) + visit(this.parts);
  }
}
