import { PerformanceMonitor } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { useStore } from "../state/store";

/** Pixel ratios per quality setting: "auto" moves between the two ends as the frame rate allows. */
const dprRange = { haute: [1, 2], econome: [0.75, 1] } as const;

/**
 * Adapts the rendering to the machine: with "auto", drei's PerformanceMonitor lowers the pixel
 * ratio when frames come slowly (an integrated GPU) and raises it back when they are fast again.
 * NOTE: with frameloop="demand" it only samples while something moves, which is when it matters.
 */
export function QualityControl() {
  const quality = useStore((s) => s.quality);
  const setDpr = useThree((s) => s.setDpr);
  const deviceRatio = typeof window === "undefined" ? 1 : window.devicePixelRatio;

  useEffect(() => {
    const [low, high] = quality === "econome" ? dprRange.econome : dprRange.haute;
    setDpr(Math.max(low, Math.min(high, deviceRatio)));
  }, [quality, setDpr, deviceRatio]);

  if (quality !== "auto") return null;
  return (
    <PerformanceMonitor
      onDecline={() => setDpr(dprRange.econome[1] * 0.75)}
      onIncline={() => setDpr(Math.min(dprRange.haute[1], deviceRatio))}
      flipflops={3}
      onFallback={() => setDpr(dprRange.econome[0])}
    />
  );
}
