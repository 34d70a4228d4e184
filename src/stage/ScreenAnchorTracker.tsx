import { useFrame } from "@react-three/fiber";
import { projectScreenAnchors } from "./screenAnchors";

/** Runs after the camera has moved in each frame, and pins the DOM anchors to their points. */
export function ScreenAnchorTracker() {
  // Priority 0 and mounted after CameraRig: the camera is final for this frame when this runs.
  useFrame(({ camera, size }) => projectScreenAnchors(camera, size.width, size.height));
  return null;
}
