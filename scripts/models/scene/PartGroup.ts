import { type Box3, Matrix4, Vector3 } from "three";
import { Geometry } from "../geometry/Geometry";
import type { MaterialKey } from "./palette";

const tmp = new Vector3();

/**
 * Somewhere to draw: primitives added with a placement, optionally inside a sub-frame
 * (`within`), so that helpers can draw an assembly wherever the caller puts it.
 */
export interface Canvas<K extends string = MaterialKey> {
  add(material: K, geometry: Geometry, placement?: Matrix4): Canvas<K>;
  /** A view of this canvas whose placements are relative to `frame`. */
  within(frame: Matrix4): Canvas<K>;
}

class FramedCanvas<K extends string> implements Canvas<K> {
  constructor(
    private readonly target: Canvas<K>,
    private readonly frame: Matrix4,
  ) {}

  add(material: K, geometry: Geometry, placement?: Matrix4): Canvas<K> {
    this.target.add(material, geometry, placement ? this.frame.clone().multiply(placement) : this.frame);
    return this;
  }

  within(frame: Matrix4): Canvas<K> {
    return new FramedCanvas(this.target, this.frame.clone().multiply(frame));
  }
}

/**
 * Geometry of one node, gathered per material: everything added with the same material is merged
 * into one primitive, i.e. one draw call. (Workers key theirs by colour: see `FigureSketch`.)
 */
export class PartGroup<K extends string = MaterialKey> implements Canvas<K> {
  private readonly byMaterial = new Map<K, Geometry>();

  /** Adds `geometry` placed by `placement` (machine-local or part-local metres). */
  add(material: K, geometry: Geometry, placement?: Matrix4): this {
    let target = this.byMaterial.get(material);
    if (!target) {
      target = new Geometry();
      this.byMaterial.set(material, target);
    }
    target.append(geometry, placement);
    return this;
  }

  within(frame: Matrix4): Canvas<K> {
    return new FramedCanvas(this, frame.clone());
  }

  /** Material and merged geometry pairs, in the order materials were first used (stable). */
  entries(): [K, Geometry][] {
    return [...this.byMaterial.entries()].filter(([, g]) => g.triangleCount > 0);
  }

  /** Grows `box` by this group's vertices transformed by `matrix`. */
  expandBox(box: Box3, matrix: Matrix4 = new Matrix4()): void {
    for (const [, g] of this.entries()) {
      const p = g.positions;
      for (let i = 0; i < p.length; i += 3) {
        box.expandByPoint(tmp.set(p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0).applyMatrix4(matrix));
      }
    }
  }
}
