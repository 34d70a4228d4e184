import { useId } from "react";
import type { Machine, Transition } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { useScreenAnchor } from "../stage/useScreenAnchor";
import { openMachine, setHoveredMachine } from "../state/actions";
import type { MachineSpot } from "../state/sceneSlice";
import { TransitionIcon } from "../ui/TransitionIcon";
import { factoryStrings } from "./factoryStrings";
import { faceTowards } from "./walker";

export interface MachineHotspotProps {
  companyId: string;
  workshopId: string;
  machine: Machine;
  spot: MachineSpot;
  /** The hotspot's number in the workshop, shown in the marker. */
  index: number;
  /** The company's transition story, when this machine tells it: the marker carries a leaf. */
  transition?: Transition | undefined;
}

/**
 * A real button pinned over the centre of the machine's bounding box (DOM contract:
 * `button[data-machine]`, named after the machine), so that keyboard and screen-reader visitors
 * reach every machine, and a click there opens its trade.
 */
export function MachineHotspot({
  companyId,
  workshopId,
  machine,
  spot,
  index,
  transition,
}: MachineHotspotProps) {
  const t = useDictionary(factoryStrings);
  const transitionId = useId();
  const [x, y, z] = spot.centre;
  const pin = useScreenAnchor(x, y, z);
  return (
    <button
      ref={pin}
      type="button"
      className={transition ? "hotspot hotspot-transition screen-anchored" : "hotspot screen-anchored"}
      data-machine={machine.id}
      data-transition={transition ? transition.theme : undefined}
      aria-describedby={transition ? transitionId : undefined}
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
      {transition ? (
        <span className="hotspot-leaf" aria-hidden="true">
          <TransitionIcon />
        </span>
      ) : null}
      {transition ? (
        <span id={transitionId} hidden>
          {t("transitionHotspot", { title: transition.title })}
        </span>
      ) : null}
    </button>
  );
}
