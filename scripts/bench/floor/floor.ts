/**
 * The floor: the least a page can do to show a company's model with this stack. three.js,
 * GLTFLoader and the meshopt decoder, one light, a camera framing the model, one frame. The bench
 * times the app against it on the same .glb, in the same run (see ../bench.ts).
 *
 * Query: `src` (the .glb), optional `hall` (show only the `workshop:<hall>` node, as the app does
 * when walking). The page sets `window.__drawnAt` once the frame is on screen, and exposes
 * `window.__floorWalk(poses)`, which draws one frame per recorded camera pose and returns the time
 * between frames, for the frame-time comparison.
 */
import { Box3, DirectionalLight, PerspectiveCamera, Scene, Sphere, Vector3, WebGLRenderer } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { workshopNodeName, workshopNodePrefix } from "../../../src/content/modelContract/nodeNames";

interface FloorWindow {
  __drawnAt?: number;
  __failed?: string;
  __floorWalk?: (
    poses: number[][],
    size: { width: number; height: number; dpr: number },
  ) => Promise<number[]>;
}
const win = window as unknown as FloorWindow;

performance.mark("floor:script");
const params = new URLSearchParams(location.search);
const src = params.get("src") ?? "";
const hall = params.get("hall");
const canvas = document.getElementById("floor") as HTMLCanvasElement;
// The same context options as @react-three/fiber's defaults, so both pages draw the same pixels.
const renderer = new WebGLRenderer({
  canvas,
  antialias: true,
  alpha: true,
  powerPreference: "high-performance",
});
renderer.setPixelRatio(window.devicePixelRatio);
renderer.setSize(canvas.clientWidth, canvas.clientHeight, false);
const scene = new Scene();
const light = new DirectionalLight(0xffffff, 3);
light.position.set(30, 50, 25);
scene.add(light);
const camera = new PerspectiveCamera(50, canvas.clientWidth / Math.max(1, canvas.clientHeight), 0.1, 1500);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load(
  src,
  (gltf) => {
    performance.mark("floor:parsed");
    if (hall !== null) {
      gltf.scene.traverse((node) => {
        const name = (node.userData as { name?: unknown }).name ?? node.name;
        if (typeof name === "string" && name.startsWith(workshopNodePrefix))
          node.visible = name === workshopNodeName(hall);
      });
    }
    scene.add(gltf.scene);
    const sphere = new Box3().setFromObject(gltf.scene).getBoundingSphere(new Sphere());
    const distance = sphere.radius / Math.sin((camera.fov * Math.PI) / 360);
    camera.position.copy(sphere.center).add(new Vector3(1, 0.8, 1).normalize().multiplyScalar(distance));
    camera.lookAt(sphere.center);
    performance.mark("floor:render-start");
    renderer.render(scene, camera);
    performance.mark("floor:render-end");
    // NOTE: two frames, as for the app (which renders inside a frame and signals in the next one):
    // the second callback only runs once the frame holding this render has been drawn.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark("floor:drawn");
        win.__drawnAt = performance.now();
      }),
    );
  },
  undefined,
  (error) => {
    win.__failed = String(error);
  },
);

win.__floorWalk = async (poses, size) => {
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  renderer.setPixelRatio(size.dpr);
  renderer.setSize(size.width, size.height, false);
  camera.matrixAutoUpdate = false;
  const times: number[] = [];
  for (const pose of poses) {
    await new Promise((done) => requestAnimationFrame(done));
    camera.matrixWorld.fromArray(pose, 0);
    camera.matrixWorldInverse.copy(camera.matrixWorld).invert();
    camera.projectionMatrix.fromArray(pose, 16);
    camera.projectionMatrixInverse.copy(camera.projectionMatrix).invert();
    times.push(performance.now());
    renderer.render(scene, camera);
  }
  return times;
};
