import { type ThreeEvent, useThree } from "@react-three/fiber";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import type { Company, Workshop } from "../content/schema";
import { requestCameraShot } from "../stage/cameraShot";
import { FirstFrameSignal } from "../stage/FirstFrameSignal";
import { retainCompanyModel, useCompanyModel } from "../stage/useCompanyModel";
import { hallsPlaced, machinesPlaced, openMachine, setHoveredMachine } from "../state/actions";
import { useStore } from "../state/store";
import { findGltfNodesByPrefix, gltfName } from "./gltfNames";
import { MachineAnimations } from "./MachineAnimations";
import { MachineHighlight } from "./MachineHighlight";
import {
  findHalls,
  findWorkshopAnchors,
  framingShot,
  machineFootprints,
  machineOfObject,
} from "./modelAnchors";
import { overviewShot } from "./overviewShot";
import { WalkControls } from "./WalkControls";
import { placeWalker, walkTo } from "./walker";

const workshopFov = 62;
const defaultFov = 50;

/** A pointer that moved more than this between press and release was dragging, not clicking. */
const dragThresholdPx = 6;
/** Hits lower than this (metres) are on the floor or its markings: a place to walk to. */
const floorClickHeight = 0.3;

export interface WorkshopSceneProps {
  company: Company;
  workshop: Workshop;
  /** The machine whose trade panel is open. */
  machineId: string | undefined;
  /** A machine to frame (a tour's stop): the camera shows it, and the visitor does not walk. */
  focusMachineId?: string | undefined;
  sceneKey: string;
}

/** Inside a workshop: the company's model, the camera at the workshop's viewpoint, a hotspot per machine. */
export function WorkshopScene({
  company,
  workshop,
  machineId,
  focusMachineId,
  sceneKey,
}: WorkshopSceneProps) {
  const gltf = useCompanyModel(company.model);
  useEffect(() => retainCompanyModel(company.model, gltf), [company.model, gltf]);
  const anchors = useMemo(() => findWorkshopAnchors(gltf.scene, workshop), [gltf.scene, workshop]);
  const focus = anchors.machines.find((a) => a.machineId === focusMachineId);
  /** What the camera was last placed for (`<workshop>|<overview>`): a change flies, the first time cuts. */
  const placedFor = useRef<string | null>(null);

  const overview = useStore((s) => s.overview);
  const camera = useThree((s) => s.camera);

  // A wider lens inside than over the town: a hall is seen from within, machines close by.
  useLayoutEffect(() => {
    if (!("fov" in camera)) return;
    camera.fov = workshopFov;
    camera.updateProjectionMatrix();
    return () => {
      camera.fov = defaultFov;
      camera.updateProjectionMatrix();
    };
  }, [camera]);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));

  // Only the current hall is drawn when walking: the others would cost draw calls without being seen.
  useLayoutEffect(() => {
    for (const hall of findGltfNodesByPrefix(gltf.scene, "workshop:")) {
      hall.visible = overview || gltfName(hall) === `workshop:${workshop.id}`;
    }
  }, [gltf.scene, workshop.id, overview]);

  useEffect(() => {
    const halls = findHalls(gltf.scene);
    hallsPlaced(halls);
    return () => hallsPlaced([]);
  }, [gltf.scene]);

  // Entering the factory cuts to the viewpoint; changing workshop or leaving the overview flies there.
  useEffect(() => {
    const placement = `${workshop.id}|${overview}|${focus?.machineId ?? ""}`;
    const mode = placedFor.current === null || placedFor.current === placement ? "cut" : "fly";
    placedFor.current = placement;
    if (overview) {
      const { eye, target } = overviewShot(findHalls(gltf.scene), aspect, workshopFov);
      requestCameraShot(eye, target, mode);
    } else if (focus) {
      const { eye, target } = framingShot(focus, anchors.eye, aspect, workshopFov);
      requestCameraShot(eye, target, mode);
    } else {
      placeWalker(anchors.eye, anchors.target, anchors.floor, machineFootprints(anchors.machines), mode);
    }
  }, [anchors, workshop.id, overview, gltf.scene, aspect, focus]);

  useEffect(() => {
    machinesPlaced(
      anchors.machines.map((a) => ({
        machineId: a.machineId,
        centre: [a.centre.x, a.centre.y, a.centre.z],
        size: [a.size.x, a.size.y, a.size.z],
      })),
    );
  }, [anchors]);
  useEffect(() => () => machinesPlaced([]), []);

  const machineAt = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    machineOfObject(event.object, anchors.machines);

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    // A drag to look around, the overview, or a framed tour stop (a click must not leave the tour).
    if (event.delta > dragThresholdPx || overview || focus) return;
    event.stopPropagation();
    const machine = machineAt(event);
    if (machine !== undefined) openMachine(company.id, workshop.id, machine);
    else if (event.point.y < floorClickHeight) walkTo({ x: event.point.x, z: event.point.z });
  };
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    const machine = machineAt(event) ?? null;
    setHoveredMachine(machine);
    document.body.style.cursor = machine ? "pointer" : "";
  };
  const onPointerOut = () => {
    setHoveredMachine(null);
    document.body.style.cursor = "";
  };

  return (
    <>
      <primitive
        object={gltf.scene}
        dispose={null}
        onClick={onClick}
        onPointerMove={onPointerMove}
        onPointerOut={onPointerOut}
      />
      <MachineAnimations scene={gltf.scene} clips={gltf.animations} workshop={workshop} />
      <MachineHighlight anchors={anchors.machines} openMachineId={machineId} />
      {overview || focus ? null : <WalkControls />}
      <FirstFrameSignal sceneKey={sceneKey} />
    </>
  );
}
