import { useEffect } from "react";
import type { Object3D } from "three";
import { hallsPlaced, machinesPlaced } from "../state/actions";
import { findHalls, type WorkshopAnchors } from "./modelAnchors";

/**
 * Tells the store where the factory's halls and this workshop's machines are (for the hotspots,
 * the minimap and the overview), and clears them when the scene goes.
 */
export function useSceneSpots(scene: Object3D, anchors: WorkshopAnchors): void {
  useEffect(() => {
    hallsPlaced(findHalls(scene));
    return () => hallsPlaced([]);
  }, [scene]);

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
}
