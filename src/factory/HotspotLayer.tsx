import type { Company, Workshop } from "../content/schema";
import { useStore } from "../state/store";
import { MachineHotspot } from "./MachineHotspot";

export interface HotspotLayerProps {
  company: Company;
  workshop: Workshop;
}

/**
 * One hotspot per machine of the workshop, in the order of the pack (the Tab order); the machine
 * that tells the company's transition story carries its mark.
 */
export function HotspotLayer({ company, workshop }: HotspotLayerProps) {
  const spots = useStore((s) => s.sceneMachines);
  return (
    <div className="anchor-layer">
      {workshop.machines.map((machine, index) => {
        const spot = spots.find((s) => s.machineId === machine.id);
        return spot ? (
          <MachineHotspot
            key={`${workshop.id}/${machine.id}`}
            companyId={company.id}
            workshopId={workshop.id}
            machine={machine}
            spot={spot}
            index={index + 1}
            transition={company.transition?.machine === machine.id ? company.transition : undefined}
          />
        ) : null;
      })}
    </div>
  );
}
