import { useEffect, useMemo } from "react";
import { BackSide, Color, Float32BufferAttribute, Mesh, MeshBasicMaterial, SphereGeometry } from "three";
import { useCompiledAfterFirstFrame } from "../stage/useCompiledAfterFirstFrame";

const horizon = new Color("#f7e2c2");
const zenith = new Color("#7fb6e0");
const radius = 900;

/** The dome: its vertices shade from the horizon's colour to the zenith's. */
function makeSkyDome(): Mesh {
  const sphere = new SphereGeometry(radius, 24, 12);
  const position = sphere.getAttribute("position");
  const colors: number[] = [];
  const c = new Color();
  for (let i = 0; i < position.count; i++) {
    const up = Math.max(0, position.getY(i) / radius);
    c.copy(horizon).lerp(zenith, Math.min(1, up ** 0.55));
    colors.push(c.r, c.g, c.b);
  }
  sphere.setAttribute("color", new Float32BufferAttribute(colors, 3));
  const dome = new Mesh(
    sphere,
    new MeshBasicMaterial({ vertexColors: true, side: BackSide, depthWrite: false, fog: false }),
  );
  dome.name = "town-sky";
  dome.renderOrder = -1;
  dome.raycast = () => undefined;
  return dome;
}

/**
 * A warm sky: a dome shading from a golden haze at the horizon to blue overhead (one draw call).
 * It joins the town once its first frame is drawn (`useCompiledAfterFirstFrame`): the opening shot
 * looks down on the town, the land fills the picture, and the dome's shader is not worth waiting for.
 */
export function TownSky() {
  const dome = useMemo(makeSkyDome, []);
  useEffect(
    () => () => {
      dome.geometry.dispose();
      (dome.material as MeshBasicMaterial).dispose();
    },
    [dome],
  );
  const compiled = useCompiledAfterFirstFrame(dome, "town");
  return compiled ? <primitive object={dome} /> : null;
}
