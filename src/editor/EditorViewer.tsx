import { Html, OrbitControls } from "@react-three/drei";
import { type ThreeEvent, useThree } from "@react-three/fiber";
import { type RefObject, useEffect, useMemo, useState } from "react";
import { Box3, type Object3D, type PerspectiveCamera, Raycaster, Vector3 } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { KTX2Loader } from "three/examples/jsm/loaders/KTX2Loader.js";
import { SceneLights } from "../stage/SceneLights";
import { StageCanvas } from "../stage/StageCanvas";
import { createStageRenderer } from "../stage/stageRenderer";
import type { Draft, DraftFloor, Vec3 } from "./draft";

/** The camera and orbit target of the viewer, read when the officer saves a viewpoint. */
export interface ViewerCamera {
  eye: Vec3;
  target: Vec3;
}

/** What the page can ask of the viewer without re-rendering it. */
export interface ViewerHandle {
  camera(): ViewerCamera | null;
  frame(nodeName: string | null): void;
}

export interface EditorViewerProps {
  glb: Uint8Array;
  draft: Draft;
  selected: string | null;
  /** Names of the model's nodes, as listed in the tree (what a click may select). */
  nodeNames: ReadonlySet<string>;
  onSelect(name: string): void;
  /** While drawing a floor: each click on the model gives a corner. */
  drawing: boolean;
  onFloorCorner(point: Vec3): void;
  handle: RefObject<ViewerHandle | null>;
  label: string;
  /** Machines whose hotspot, seen from their workshop's viewpoint, sits behind something else. */
  onHiddenMachines(hidden: HiddenMachine[]): void;
}

/** A machine a visitor could not click from the workshop's viewpoint, and what is in the way. */
export interface HiddenMachine {
  workshop: string;
  machine: string;
  blocker: string;
}

function isWithin(object: Object3D, ancestor: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (o === ancestor) return true;
  return false;
}

/** The name of an object or of its nearest named ancestor, to say what is in the way. */
function namedAncestor(object: Object3D): string {
  for (let o: Object3D | null = object; o; o = o.parent) if (gltfName(o)) return gltfName(o);
  return "?";
}

/**
 * The check `check:content` makes (scripts/models/hotspotRay.ts), run live: the ray from each
 * workshop's viewpoint to each machine's hotspot must hit that machine first.
 */
function hiddenMachines(scene: Object3D, draft: Draft): HiddenMachine[] {
  scene.updateMatrixWorld(true);
  const hidden: HiddenMachine[] = [];
  for (const workshop of draft.workshops) {
    if (!workshop.viewpoint) continue;
    const eye = new Vector3(...workshop.viewpoint.eye);
    for (const machine of workshop.machines) {
      const node = findByName(scene, machine.node);
      if (!node) continue;
      const centre = new Box3().setFromObject(node).getCenter(new Vector3());
      const direction = centre.clone().sub(eye).normalize();
      const first = new Raycaster(eye, direction, 0.01, 10_000).intersectObject(scene, true)[0]?.object;
      if (first && !isWithin(first, node)) {
        hidden.push({
          workshop: workshop.name,
          machine: machine.name || machine.node,
          blocker: namedAncestor(first),
        });
      }
    }
  }
  return hidden;
}

/** Set on the viewer once the model is parsed and framed (`data-editor-ready`), for tests and styles. */
function useReadyFlag(scene: Object3D | null): void {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const container = gl.domElement.closest("[data-editor-viewer]");
    container?.setAttribute("data-editor-ready", scene ? "true" : "false");
  }, [gl, scene]);
}

/** The glTF name of a three.js object (GLTFLoader strips `:` from `name`, keeps it in `userData`). */
function gltfName(object: Object3D): string {
  const original = (object.userData as { name?: unknown }).name;
  return typeof original === "string" ? original : object.name;
}

function findByName(root: Object3D, name: string): Object3D | undefined {
  let found: Object3D | undefined;
  root.traverse((object) => {
    if (!found && gltfName(object) === name) found = object;
  });
  return found;
}

/** What the viewer uses of drei's orbit controls. */
interface OrbitControlsImpl {
  target: Vector3;
  update(): void;
}

let ktx2Loader: KTX2Loader | null = null;

/** Parses the working model with self-hosted decoders (meshopt bundled, the KTX2 transcoder emitted by Vite). */
function useParsedModel(glb: Uint8Array): { scene: Object3D | null; error: string | null } {
  const gl = useThree((s) => s.gl);
  const [result, setResult] = useState<{ scene: Object3D | null; error: string | null }>({
    scene: null,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    // NOTE: KTX2Loader finds its transcoder beside itself (Vite emits it into assets/): no CDN.
    ktx2Loader ??= new KTX2Loader().detectSupport(gl);
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).setKTX2Loader(ktx2Loader);
    const buffer = glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength) as ArrayBuffer;
    loader.parse(
      buffer,
      "",
      (gltf) => {
        if (!cancelled) setResult({ scene: gltf.scene, error: null });
      },
      (error) => {
        if (!cancelled)
          setResult({ scene: null, error: String((error as unknown as Error).message ?? error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [glb, gl]);
  return result;
}

const scratch = new Vector3();

function fitCamera(camera: PerspectiveCamera, controls: OrbitControlsImpl | null, box: Box3): void {
  if (box.isEmpty()) return;
  const centre = box.getCenter(new Vector3());
  const radius = Math.max(box.getSize(scratch).length() / 2, 0.5);
  const distance = radius / Math.sin((camera.fov * Math.PI) / 360);
  camera.position.set(centre.x, centre.y + distance * 0.45, centre.z + distance * 0.9);
  camera.near = Math.max(0.01, distance / 200);
  camera.far = distance * 20;
  camera.updateProjectionMatrix();
  camera.lookAt(centre);
  if (controls) {
    controls.target.copy(centre);
    controls.update();
  }
}

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z];

function ModelContent(props: Omit<EditorViewerProps, "label">) {
  const { glb, draft, selected, nodeNames, onSelect, drawing, onFloorCorner, handle, onHiddenMachines } =
    props;
  const { scene, error } = useParsedModel(glb);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const invalidate = useThree((s) => s.invalidate);
  useReadyFlag(scene);

  useEffect(() => {
    if (scene) fitCamera(camera, controls, new Box3().setFromObject(scene));
  }, [scene, camera, controls]);

  useEffect(() => {
    handle.current = {
      camera: () => (controls ? { eye: toVec3(camera.position), target: toVec3(controls.target) } : null),
      frame: (name) => {
        if (!scene) return;
        const object = name ? findByName(scene, name) : scene;
        if (object) fitCamera(camera, controls, new Box3().setFromObject(object));
        invalidate();
      },
    };
  }, [handle, scene, camera, controls, invalidate]);

  const selectedBox = useMemo(() => {
    const object = scene && selected ? findByName(scene, selected) : undefined;
    return object ? new Box3().setFromObject(object) : null;
  }, [scene, selected]);

  const machines = useMemo(() => {
    if (!scene) return [];
    return draft.workshops.flatMap((w) =>
      w.machines.flatMap((m) => {
        const object = findByName(scene, m.node);
        if (!object) return [];
        const centre = new Box3().setFromObject(object).getCenter(new Vector3());
        return [{ id: m.id, name: m.name || m.node, centre }];
      }),
    );
  }, [scene, draft]);

  useEffect(() => {
    onHiddenMachines(scene ? hiddenMachines(scene, draft) : []);
  }, [scene, draft, onHiddenMachines]);

  if (error) throw new Error(error);
  if (!scene) return null;

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > 6) return;
    event.stopPropagation();
    if (drawing) {
      onFloorCorner(toVec3(event.point));
      return;
    }
    for (let object: Object3D | null = event.object; object; object = object.parent) {
      const name = gltfName(object);
      if (nodeNames.has(name)) {
        onSelect(name);
        return;
      }
    }
  };

  return (
    <>
      <primitive object={scene} onClick={onClick} />
      {selectedBox ? <box3Helper args={[selectedBox, 0xffb000]} /> : null}
      {draft.workshops.map((w) =>
        w.floor?.kind === "rect" ? <FloorRect key={w.id} floor={w.floor} /> : null,
      )}
      {machines.map((m) => (
        <Html key={m.id} position={m.centre} center zIndexRange={[20, 0]}>
          <span className="editor-pin" data-editor-hotspot={m.id}>
            {m.name}
          </span>
        </Html>
      ))}
    </>
  );
}

function FloorRect({ floor }: { floor: Extract<DraftFloor, { kind: "rect" }> }) {
  const width = floor.maxX - floor.minX;
  const depth = floor.maxZ - floor.minZ;
  return (
    <mesh
      position={[(floor.minX + floor.maxX) / 2, floor.y + 0.02, (floor.minZ + floor.maxZ) / 2]}
      rotation={[-Math.PI / 2, 0, 0]}
      raycast={() => null}
    >
      <planeGeometry args={[width, depth]} />
      <meshBasicMaterial color="#2a9d8f" transparent opacity={0.35} depthWrite={false} />
    </mesh>
  );
}

/** The imported model in its own canvas, lit like the visit, with the machines' hotspots. */
export function EditorViewer({ label, ...props }: EditorViewerProps) {
  return (
    <div className="editor-viewer" role="img" aria-label={label} data-editor-viewer data-editor-ready="false">
      {/* The stage's renderer: on a software renderer, "auto" quality starts in "économe" there. */}
      <StageCanvas
        gl={createStageRenderer}
        frameloop="demand"
        camera={{ fov: 50, position: [0, 10, 20] }}
        dpr={[1, 1.5]}
      >
        <color attach="background" args={["#dfe7ee"]} />
        <SceneLights />
        <OrbitControls makeDefault enableDamping={false} />
        <ModelContent {...props} />
      </StageCanvas>
    </div>
  );
}
