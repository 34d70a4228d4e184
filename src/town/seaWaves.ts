import type { Material, Mesh } from "three";

/** The waves' clock, in seconds, shared with the sea's shader. */
export interface WaveClock {
  value: number;
}

const waveFunctions = /* glsl */ `
uniform float uWaveTime;
float waveHeight(vec2 p, float t) {
  return 0.16 * sin(0.31 * p.x + 0.9 * t)
       + 0.11 * sin(0.23 * p.y - 0.12 * p.x + 1.3 * t)
       + 0.05 * sin(0.83 * p.x + 0.61 * p.y + 2.1 * t);
}
vec2 waveSlope(vec2 p, float t) {
  return vec2(
    0.16 * 0.31 * cos(0.31 * p.x + 0.9 * t) - 0.11 * 0.12 * cos(0.23 * p.y - 0.12 * p.x + 1.3 * t)
      + 0.05 * 0.83 * cos(0.83 * p.x + 0.61 * p.y + 2.1 * t),
    0.11 * 0.23 * cos(0.23 * p.y - 0.12 * p.x + 1.3 * t) + 0.05 * 0.61 * cos(0.83 * p.x + 0.61 * p.y + 2.1 * t)
  );
}
`;

/**
 * Lifts the sea's flat grid into gentle waves in its vertex shader (in world space, since the
 * model's positions are quantized): a few summed sines, their slope giving the normals that make
 * the light glitter. `clock.value` moves them; left alone, they stay still.
 */
function addWaves(material: Material, clock: WaveClock): void {
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uWaveTime = clock;
    shader.vertexShader = `${waveFunctions}\n${shader.vertexShader}`
      .replace(
        "#include <beginnormal_vertex>",
        `vec4 waveWorld = modelMatrix * vec4(position, 1.0);
vec2 waveD = waveSlope(waveWorld.xz, uWaveTime);
vec3 objectNormal = normalize(vec3(-waveD.x, 1.0, -waveD.y));
#ifdef USE_TANGENT
  vec3 objectTangent = vec3(tangent.xyz);
#endif`,
      )
      .replace(
        "#include <project_vertex>",
        `vec4 wavePosition = modelMatrix * vec4(transformed, 1.0);
wavePosition.y += waveHeight(wavePosition.xz, uWaveTime);
vec4 mvPosition = viewMatrix * wavePosition;
gl_Position = projectionMatrix * mvPosition;`,
      );
  };
  // NOTE: three caches programs by this key; the patched shader must not share the plain one's.
  material.customProgramCacheKey = () => "town-sea-waves";
  material.needsUpdate = true;
}

/**
 * The sea as the model draws it, and what replaces its material once the waves' shader is
 * compiled (`SeaWaves`): a copy of its material with the waves added, and a copy of the mesh
 * wearing it, for three.js to compile against.
 */
export interface WavedSea {
  mesh: Mesh;
  waved: Material;
  preview: Mesh;
}

/** Prepares the sea's waves, driven by `clock`, without touching the mesh yet. */
export function prepareWavedSea(mesh: Mesh, clock: WaveClock): WavedSea {
  // NOTE: a copy, so that a material the model shares with other meshes stays as it is.
  const waved = (mesh.material as Material).clone();
  addWaves(waved, clock);
  const preview = mesh.clone(false);
  preview.material = waved;
  return { mesh, waved, preview };
}
