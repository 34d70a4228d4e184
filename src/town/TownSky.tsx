import { useMemo } from "react";
import { BackSide, Color, Float32BufferAttribute, SphereGeometry } from "three";

const horizon = new Color("#f7e2c2");
const zenith = new Color("#7fb6e0");

/** A warm sky: a dome shading from a golden haze at the horizon to blue overhead (one draw call). */
export function TownSky() {
  const geometry = useMemo(() => {
    const sphere = new SphereGeometry(900, 24, 12);
    const position = sphere.getAttribute("position");
    const colors: number[] = [];
    const c = new Color();
    for (let i = 0; i < position.count; i++) {
      const up = Math.max(0, position.getY(i) / 900);
      c.copy(horizon).lerp(zenith, Math.min(1, up ** 0.55));
      colors.push(c.r, c.g, c.b);
    }
    sphere.setAttribute("color", new Float32BufferAttribute(colors, 3));
    return sphere;
  }, []);
  return (
    <mesh geometry={geometry} raycast={() => null} renderOrder={-1}>
      <meshBasicMaterial vertexColors side={BackSide} depthWrite={false} fog={false} />
    </mesh>
  );
}
