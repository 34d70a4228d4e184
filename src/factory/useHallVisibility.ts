import { useLayoutEffect } from "react";
import type { Object3D } from "three";
import { workshopNodeName, workshopNodePrefix } from "../content/modelContract/nodeNames";
import { findGltfNodesByPrefix, gltfName } from "./gltfNames";

/**
 * Only the current hall is drawn while walking: the others would cost draw calls without being
 * seen. The overview shows them all.
 */
export function useHallVisibility(scene: Object3D, workshopId: string, overview: boolean): void {
  useLayoutEffect(() => {
    for (const hall of findGltfNodesByPrefix(scene, workshopNodePrefix)) {
      hall.visible = overview || gltfName(hall) === workshopNodeName(workshopId);
    }
  }, [scene, workshopId, overview]);
}
