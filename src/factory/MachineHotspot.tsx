import type { Machine } from "../content/schema";
import { useScreenAnchor } from "../stage/useScreenAnchor";
import { openMachine, setHoveredMachine } from "../state/actions";
import type { MachineSpot } from "../state/sceneSlice";
import { faceTowards } from "./walker";

export interface MachineHotspotProps {
  companyId: string;
  workshopId: string;
  machine: Machine;
  spot: MachineSpot;
  /** The hotspot's number in the workshop, shown in the marker. */
  index: number;
}

/**
 * A real button pinned over the centre of the machine's bounding box (DOM contract:
 * `button[data-machine]`, named after the machine), so that keyboard and screen-reader visitors
 * reach every machine, and a click there opens its trade.
 */
export function MachineHotspot({ companyId, workshopId, machine, spot, index }: MachineHotspotProps) {
  const [x, y, z] = spot.centre;
  const pin = useScreenAnchor(x, y, z);
  return (
    <button
      ref={pin}
      type="button"
      className="hotspot screen-anchored"
      data-machine={machine.id}
      onClick={() => openMachine(companyId, workshopId, machine.id)}
      onFocus={(event) => {
        setHoveredMachine(machine.id);
        // Tabbing to a machine out of view turns the visitor towards it.
        if (event.currentTarget.hasAttribute("data-offscreen")) faceTowards({ x, z });
      }}
      onBlur={() => setHoveredMachine(null)}
      onPointerEnter={() => setHoveredMachine(machine.id)}
      onPointerLeave={() => setHoveredMachine(null)}
    >
      <span aria-hidden="true">{index}</span>
      {/* The button's name: its text, not an aria-label, so the visible label and the name agree. */}
      <span className="hotspot-name">{machine.name}</span>
    </button>
  );
}
