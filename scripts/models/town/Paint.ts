import type { Matrix4 } from "three";
import { Geometry } from "../geometry/Geometry";
import { linearRgb } from "../scene/palette";

/**
 * The few materials of the town. Colour comes from the vertices (glTF COLOR_0), so that a whole
 * district, its roofs, tanks and lawns, is drawn with one primitive per surface kind.
 */
export type Surface = "matte" | "satin" | "metal" | "glass" | "glow" | "water";

/** Geometry with one linear RGB colour per vertex. */
export class ColoredGeometry {
  readonly geometry = new Geometry();
  readonly colors: number[] = [];

  /** Appends `shape` placed by `matrix`, every vertex painted `hex` (#rrggbb, sRGB). */
  append(shape: Geometry, hex: string, matrix?: Matrix4): void {
    const before = this.geometry.vertexCount;
    this.geometry.append(shape, matrix);
    const [r, g, b] = linearRgb(hex);
    for (let i = before; i < this.geometry.vertexCount; i++) this.colors.push(r, g, b);
  }

  /** Appends `shape` with one colour per vertex, given as linear RGB triples. */
  appendColored(shape: Geometry, linearColors: readonly number[], matrix?: Matrix4): void {
    this.geometry.append(shape, matrix);
    this.colors.push(...linearColors);
  }
}

/** Somewhere to draw town pieces: shapes added per surface, each with its colour. */
export class Paint {
  private readonly bySurface = new Map<Surface, ColoredGeometry>();

  add(surface: Surface, shape: Geometry, hex: string, matrix?: Matrix4): this {
    this.of(surface).append(shape, hex, matrix);
    return this;
  }

  /** The geometry of one surface kind (created on first use). */
  of(surface: Surface): ColoredGeometry {
    let target = this.bySurface.get(surface);
    if (!target) {
      target = new ColoredGeometry();
      this.bySurface.set(surface, target);
    }
    return target;
  }

  /** Surface and geometry pairs, in first-use order (stable), empty ones left out. */
  entries(): [Surface, ColoredGeometry][] {
    return [...this.bySurface.entries()].filter(([, g]) => g.geometry.triangleCount > 0);
  }

  triangleCount(): number {
    return this.entries().reduce((sum, [, g]) => sum + g.geometry.triangleCount, 0);
  }
}
