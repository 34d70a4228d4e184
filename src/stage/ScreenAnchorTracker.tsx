import { useFrame } from "@react-three/fiber";
import { framePriority } from "./framePriority";
import { projectScreenAnchors } from "./screenAnchors";

/** Runs after the camera has moved in each frame, and pins the DOM anchors to their points. */
export function ScreenAnchorTracker() {
  useFrame(
    ({ camera, size }) => projectScreenAnchors(camera, size.width, size.height),
    framePriority.anchors,
  );
  return null;
}
