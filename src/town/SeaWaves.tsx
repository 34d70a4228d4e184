import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { useCompiledAfterFirstFrame } from "../stage/useCompiledAfterFirstFrame";
import type { WavedSea } from "./seaWaves";

/**
 * Puts the waves on the sea once the town's first frame is drawn and their shader is compiled
 * (`useCompiledAfterFirstFrame`): until then the sea is the model's flat one, which shares the
 * land's shader. The sea keeps them for the rest of the visit.
 */
export function SeaWaves({ sea }: { sea: WavedSea | null }) {
  const compiled = useCompiledAfterFirstFrame(sea?.preview ?? null, "town");
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!compiled || sea === null) return;
    sea.mesh.material = sea.waved;
    invalidate();
  }, [compiled, sea, invalidate]);
  return null;
}
