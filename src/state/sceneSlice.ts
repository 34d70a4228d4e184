import type { StateCreator } from "zustand";
import type { AppState } from "./appStore";

/** A machine as placed in the drawn scene: where its hotspot goes and the size of its box. */
export interface MachineSpot {
  machineId: string;
  centre: [number, number, number];
  size: [number, number, number];
}

/** A hall of the factory on screen, as a rectangle of the ground plane (x, z), for the minimap and overview. */
export interface HallSpot {
  workshopId: string;
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export interface SceneSlice {
  /** What the 3D stage shows: `town`, `<company>/<workshop>`, or null when no scene is on screen. */
  sceneKey: string | null;
  /** The scene key whose first frame has been drawn; busy while it differs from `sceneKey`. */
  drawnSceneKey: string | null;
  /** Bytes of the model being loaded (total is 0 when the server does not say). */
  modelProgress: { loaded: number; total: number };
  /** Set when WebGL is unavailable or its context was lost. */
  webglProblem: "unavailable" | "lost" | null;
  /** The model that failed to load or parse, and why (for the alert). */
  modelFailure: { model: string; message: string } | null;
  /** Bumped by "Réessayer" so the scene tries its model again. */
  modelAttempt: number;
  /** The machines of the workshop on screen, read from its model once it is loaded. */
  sceneMachines: MachineSpot[];
  /** The halls of the factory on screen. */
  factoryHalls: HallSpot[];
  /** False from a camera shot's request until the camera reaches it (`data-camera` on the stage). */
  cameraSettled: boolean;
}

export const createSceneSlice: StateCreator<AppState, [], [], SceneSlice> = () => ({
  sceneKey: null,
  drawnSceneKey: null,
  modelProgress: { loaded: 0, total: 0 },
  webglProblem: null,
  modelFailure: null,
  modelAttempt: 0,
  sceneMachines: [],
  factoryHalls: [],
  cameraSettled: true,
});
