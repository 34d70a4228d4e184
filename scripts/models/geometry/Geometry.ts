import { Matrix3, type Matrix4, Vector3 } from "three";

export type Vec3 = readonly [number, number, number];

const tmpPosition = new Vector3();
const tmpNormal = new Vector3();
const tmpNormalMatrix = new Matrix3();

/**
 * An indexed triangle mesh under construction, kept as flat number arrays so that it becomes
 * glTF accessors without conversion. Primitives create one; parts are merged with `append`.
 */
export class Geometry {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly indices: number[] = [];

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  get triangleCount(): number {
    return this.indices.length / 3;
  }

  /** Adds a vertex and returns its index. */
  vertex(x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
    this.positions.push(x, y, z);
    this.normals.push(nx, ny, nz);
    return this.positions.length / 3 - 1;
  }

  /**
   * Adds a triangle, wound so that its face agrees with its vertices' normals (the glTF front
   * face is counter-clockwise); degenerate triangles are dropped. Primitives then never have to
   * get the winding right by hand.
   */
  triangle(a: number, b: number, c: number): void {
    const p = this.positions;
    const n = this.normals;
    const ax = p[a * 3] ?? 0;
    const ay = p[a * 3 + 1] ?? 0;
    const az = p[a * 3 + 2] ?? 0;
    const ux = (p[b * 3] ?? 0) - ax;
    const uy = (p[b * 3 + 1] ?? 0) - ay;
    const uz = (p[b * 3 + 2] ?? 0) - az;
    const vx = (p[c * 3] ?? 0) - ax;
    const vy = (p[c * 3 + 1] ?? 0) - ay;
    const vz = (p[c * 3 + 2] ?? 0) - az;
    const fx = uy * vz - uz * vy;
    const fy = uz * vx - ux * vz;
    const fz = ux * vy - uy * vx;
    if (fx * fx + fy * fy + fz * fz < 1e-14) return;
    let facing = 0;
    for (const i of [a, b, c]) {
      facing += fx * (n[i * 3] ?? 0) + fy * (n[i * 3 + 1] ?? 0) + fz * (n[i * 3 + 2] ?? 0);
    }
    if (facing < 0) this.indices.push(a, c, b);
    else this.indices.push(a, b, c);
  }

  /** A quadrilateral a-b-c-d as two triangles. */
  quad(a: number, b: number, c: number, d: number): void {
    this.triangle(a, b, c);
    this.triangle(a, c, d);
  }

  /** Appends `other`, transformed by `matrix`; a mirroring matrix flips the winding back. */
  append(other: Geometry, matrix?: Matrix4): this {
    const base = this.vertexCount;
    const { positions: p, normals: n } = other;
    if (matrix) tmpNormalMatrix.getNormalMatrix(matrix);
    for (let i = 0; i < p.length; i += 3) {
      tmpPosition.set(p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0);
      tmpNormal.set(n[i] ?? 0, n[i + 1] ?? 0, n[i + 2] ?? 1);
      if (matrix) {
        tmpPosition.applyMatrix4(matrix);
        tmpNormal.applyMatrix3(tmpNormalMatrix).normalize();
      }
      this.positions.push(tmpPosition.x, tmpPosition.y, tmpPosition.z);
      this.normals.push(tmpNormal.x, tmpNormal.y, tmpNormal.z);
    }
    const mirrored = matrix !== undefined && matrix.determinant() < 0;
    const idx = other.indices;
    for (let i = 0; i < idx.length; i += 3) {
      const a = (idx[i] ?? 0) + base;
      const b = (idx[i + 1] ?? 0) + base;
      const c = (idx[i + 2] ?? 0) + base;
      if (mirrored) this.indices.push(a, c, b);
      else this.indices.push(a, b, c);
    }
    return this;
  }
}
