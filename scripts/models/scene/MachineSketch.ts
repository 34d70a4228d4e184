import type { Box3 } from "three";
import type { Vec3 } from "../geometry/Geometry";
import { quaternionOf, type Turn } from "../geometry/placement";
import { PartGroup } from "./PartGroup";
import { partTreeBounds } from "./partTreeBounds";

export type Quat = readonly [number, number, number, number];

/** A node that an animation moves: its rest translation and rotation, relative to its parent. */
export interface Pivot {
  readonly name: string;
  readonly translation: Vec3;
  readonly rotation: Quat;
}

/**
 * A sub-node of a machine that an animation moves: a pivot (rest translation and rotation,
 * relative to its parent part or to the machine) carrying its own geometry and sub-parts.
 */
export interface MovingPart extends Pivot {
  readonly geometry: PartGroup;
  readonly children: MovingPart[];
}

/** One animated property of one part, as glTF keyframes (seconds, flat values). */
export interface Track {
  readonly part: Pivot;
  readonly path: "translation" | "rotation" | "scale";
  readonly times: number[];
  readonly values: number[];
}

/** A named looping animation of a machine: "<machine node>/<name>" in the glTF. */
export interface Motion {
  readonly name: string;
  readonly tracks: Track[];
}

/**
 * What a kit builder draws: a machine in its own frame (origin on the floor at its centre,
 * +Z facing the visitor, metres), as static geometry per material plus moving parts and motions.
 */
export class MachineSketch {
  /** Static geometry, merged per material into one mesh. */
  readonly body = new PartGroup();
  readonly parts: MovingPart[] = [];
  readonly motions: Motion[] = [];

  /** Declares a moving part pivoting at `position` (in `parent`'s frame, or the machine's). */
  part(name: string, position: Vec3, turn: Turn = {}, parent?: MovingPart): MovingPart {
    const part: MovingPart = {
      name,
      translation: position,
      rotation: quaternionOf(turn),
      geometry: new PartGroup(),
      children: [],
    };
    (parent ? parent.children : this.parts).push(part);
    return part;
  }

  animate(name: string, ...tracks: Track[]): void {
    this.motions.push({ name, tracks });
  }

  /** Bounds of everything at rest, in the machine's frame. */
  bounds(): Box3 {
    return partTreeBounds(this.body, this.parts);
  }

  /** Number of triangles, all parts included. */
  triangleCount(): number {
    const count = (group: PartGroup): number => group.entries().reduce((s, [, g]) => s + g.triangleCount, 0);
    const visit = (parts: MovingPart[]): number =>
      parts.reduce((s, p) => s + count(p.geometry) + visit(p.children), 0);
    return count(this.body) + visit(this.parts);
  }
}
