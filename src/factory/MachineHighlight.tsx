import { useMemo } from "react";
import { BoxGeometry, EdgesGeometry } from "three";
import { useStore } from "../state/store";
import type { MachineAnchor } from "./modelAnchors";

export interface MachineHighlightProps {
  anchors: ReadonlyArray<MachineAnchor>;
  /** The machine whose trade panel is open, if any. */
  openMachineId: string | undefined;
}

/** A bright frame around the machine under the pointer or focus, or the one whose panel is open. */
export function MachineHighlight({ anchors, openMachineId }: MachineHighlightProps) {
  const hovered = useStore((s) => s.hoveredMachine);
  const edges = useMemo(() => new EdgesGeometry(new BoxGeometry(1, 1, 1)), []);
  const anchor = anchors.find((a) => a.machineId === (hovered ?? openMachineId));
  if (!anchor) return null;
  return (
    <lineSegments
      geometry={edges}
      position={anchor.centre}
      scale={[anchor.size.x * 1.04 + 0.1, anchor.size.y * 1.04 + 0.1, anchor.size.z * 1.04 + 0.1]}
      raycast={() => null}
    >
      <lineBasicMaterial color="#ffd23f" linewidth={2} depthTest={false} transparent opacity={0.9} />
    </lineSegments>
  );
}
