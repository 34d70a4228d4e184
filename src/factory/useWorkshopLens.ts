import { useThree } from "@react-three/fiber";
import { useLayoutEffect } from "react";

/** The lens inside a workshop: wider than over the town, since a hall is seen from within. */
export const workshopFov = 62;
const defaultFov = 50;

/** Widens the camera's lens while a workshop is on screen, and gives it back when it leaves. */
export function useWorkshopLens(): void {
  const camera = useThree((s) => s.camera);
  useLayoutEffect(() => {
    if (!("fov" in camera)) return;
    camera.fov = workshopFov;
    camera.updateProjectionMatrix();
    return () => {
      camera.fov = defaultFov;
      camera.updateProjectionMatrix();
    };
  }, [camera]);
}
