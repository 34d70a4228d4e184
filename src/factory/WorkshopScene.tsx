import { useEffect, useMemo } from "react";
import type { Company, Workshop } from "../content/schema";
import { FirstFrameSignal } from "../stage/FirstFrameSignal";
import { retainCompanyModel, useCompanyModel } from "../stage/useCompanyModel";
import { useStore } from "../state/store";
import { MachineAnimations } from "./MachineAnimations";
import { MachineHighlight } from "./MachineHighlight";
import { findWorkshopAnchors } from "./modelAnchors";
import { useCameraPlacement } from "./useCameraPlacement";
import { useHallVisibility } from "./useHallVisibility";
import { useSceneSpots } from "./useSceneSpots";
import { useWorkshopLens } from "./useWorkshopLens";
import { useWorkshopPointer } from "./useWorkshopPointer";
import { WalkControls } from "./WalkControls";
import { findWorkerAnchors, workerFootprints } from "./workerAnchors";

export interface WorkshopSceneProps {
  company: Company;
  workshop: Workshop;
  /** The machine whose trade panel is open. */
  machineId: string | undefined;
  /** A machine to frame (a tour's stop): the camera shows it, and the visitor does not walk. */
  focusMachineId?: string | undefined;
  sceneKey: string;
}

/**
 * Inside a workshop: the company's model, the camera at the workshop's viewpoint, a hotspot per
 * machine, workers at work (a click on one opens their trade). Each job is a hook of its own: the
 * lens, the visible hall, the spots published to the store, the camera's placement, the pointer.
 */
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
  const workers = useMemo(() => findWorkerAnchors(gltf.scene, workshop), [gltf.scene, workshop]);
  const workerFloor = useMemo(() => workerFootprints(workers), [workers]);
  const focus = anchors.machines.find((a) => a.machineId === focusMachineId);
  const overview = useStore((s) => s.overview);

  useWorkshopLens();
  useHallVisibility(gltf.scene, workshop.id, overview);
  useSceneSpots(gltf.scene, anchors);
  useCameraPlacement({
    scene: gltf.scene,
    anchors,
    workshopId: workshop.id,
    overview,
    focus,
    obstacles: workerFloor,
  });
  const pointer = useWorkshopPointer({
    companyId: company.id,
    workshopId: workshop.id,
    machines: anchors.machines,
    workers,
    still: overview || focus !== undefined,
  });

  return (
    <>
      <primitive object={gltf.scene} dispose={null} {...pointer} />
      <MachineAnimations scene={gltf.scene} clips={gltf.animations} workshop={workshop} />
      <MachineHighlight anchors={anchors.machines} openMachineId={machineId} />
      {overview || focus ? null : <WalkControls />}
      <FirstFrameSignal sceneKey={sceneKey} />
    </>
  );
}
