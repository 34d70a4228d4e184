/**
 * The three.js classes that JSX may name in the app's canvases (`<mesh>`, `<boxGeometry>`…): the
 * app's own scenes, and drei's components it uses (Lightformer: ring geometry and point light;
 * Environment: cube camera; Html: shader material). `StageCanvas` registers this list; fiber's
 * own `<Canvas>` registers the whole THREE namespace, which keeps all of three.js in the 3D chunk
 * (audio, animation, loaders, forty geometries): with this list the bundler keeps only what is
 * drawn, and the 3D chunk lost 145 KB (30 KB gzip).
 *
 * A new element in a scene needs its class here, or fiber throws "is not part of the THREE
 * namespace": `tests/threeCatalogue.test.ts` reads every JSX element of `src/` and of those drei
 * components, and fails on one that is missing.
 */
export {
  AmbientLight,
  Box3Helper,
  BoxGeometry,
  Color,
  ConeGeometry,
  CubeCamera,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  PointLight,
  RingGeometry,
  ShaderMaterial,
  SphereGeometry,
} from "three";
