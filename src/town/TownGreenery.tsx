import { useLayoutEffect, useMemo, useRef } from "react";
import { type InstancedMesh, Matrix4 } from "three";
import type { DistrictPlacement } from "../content/modelContract/townLayout";

export interface TownGreeneryProps {
  districts: ReadonlyArray<DistrictPlacement>;
}

/** Pines along the district edges: one instanced mesh, so a whole row of trees is one draw call. */
export function TownGreenery({ districts }: TownGreeneryProps) {
  const trees = useRef<InstancedMesh>(null);
  const spots = useMemo(
    () =>
      districts.flatMap((d) =>
        [-1, 1].flatMap((side) =>
          [-0.35, 0, 0.35].map((t) => [d.x + t * d.size, d.z + side * (d.size / 2 + 1.5)] as const),
        ),
      ),
    [districts],
  );
  useLayoutEffect(() => {
    const mesh = trees.current;
    if (!mesh) return;
    const matrix = new Matrix4();
    spots.forEach(([x, z], i) => {
      const scale = 0.8 + ((i * 37) % 10) / 25; // varied heights, same on every load
      mesh.setMatrixAt(i, matrix.makeScale(scale, scale, scale).setPosition(x, 1.6 * scale, z));
    });
    mesh.instanceMatrix.needsUpdate = true;
  }, [spots]);
  return (
    <instancedMesh ref={trees} args={[undefined, undefined, spots.length]} raycast={() => null}>
      <coneGeometry args={[0.9, 3.2, 7]} />
      <meshStandardMaterial color="#3f7d4a" roughness={0.9} />
    </instancedMesh>
  );
}
