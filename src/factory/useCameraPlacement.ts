import { useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import type { Object3D } from "three";
import { requestCameraShot } from "../stage/cameraShot";
import {
  findHalls,
  framingShot,
  type MachineAnchor,
  machineFootprints,
  type WorkshopAnchors,
} from "./modelAnchors";
import { overviewShot } from "./overviewShot";
import { workshopFov } from "./useWorkshopLens";
import type { FloorRect } from "./walkCollision";
import { placeWalker } from "./walker";

export interface CameraPlacement {
  scene: Object3D;
  anchors: WorkshopAnchors;
  workshopId: string;
  overview: boolean;
  /** A tour stop's machine: the camera frames it instead of walking. */
  focus: MachineAnchor | undefined;
  /** More floor to walk around besides the machines (the workers). */
  obstacles?: ReadonlyArray<FloorRect>;
}

/**
 * Puts the camera where the view asks: the overview from above, a framed machine, or the walker at
 * the workshop's viewpoint. Entering the factory cuts; changing workshop or leaving the overview flies.
 */
export function useCameraPlacement({
  scene,
  anchors,
  workshopId,
  overview,
  focus,
  obstacles,
}: CameraPlacement): void {
  /** What the camera was last placed for (`<workshop>|<overview>|<focus>`): a change flies, the first time cuts. */
  const placedFor = useRef<string | null>(null);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  useEffect(() => {
    const placement = `${workshopId}|${overview}|${focus?.machineId ?? ""}`;
    const mode = placedFor.current === null || placedFor.current === placement ? "cut" : "fly";
    placedFor.current = placement;
    if (overview) {
      const { eye, target } = overviewShot(findHalls(scene), aspect, workshopFov);
      requestCameraShot(eye, target, mode);
    } else if (focus) {
      const { eye, target } = framingShot(focus, anchors.eye, aspect, workshopFov);
      requestCameraShot(eye, target, mode);
    } else {
      const around = [...machineFootprints(anchors.machines), ...(obstacles ?? [])];
      placeWalker(anchors.eye, anchors.target, anchors.floor, around, mode);
    }
  }, [anchors, workshopId, overview, scene, aspect, focus, obstacles]);
}
