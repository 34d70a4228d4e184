import type { Company } from "../content/schema";
import { useScreenAnchor } from "../stage/useScreenAnchor";
import { openWorkshop, setOverview } from "../state/actions";
import type { HallSpot } from "../state/sceneSlice";
import { useStore } from "../state/store";

export interface OverviewHallButtonsProps {
  company: Company;
  currentWorkshopId: string;
}

function HallButton({ company, hall, current }: { company: Company; hall: HallSpot; current: boolean }) {
  const pin = useScreenAnchor((hall.minX + hall.maxX) / 2, 7, (hall.minZ + hall.maxZ) / 2);
  const name = company.workshops.find((w) => w.id === hall.workshopId)?.name ?? hall.workshopId;
  return (
    <button
      ref={pin}
      type="button"
      className="hall-button screen-anchored"
      aria-current={current ? "location" : undefined}
      data-hall={hall.workshopId}
      onClick={() => {
        setOverview(false);
        openWorkshop(company.id, hall.workshopId);
      }}
    >
      {name}
    </button>
  );
}

/** In the "vue d'ensemble", one button over each hall: click to go and walk in it. */
export function OverviewHallButtons({ company, currentWorkshopId }: OverviewHallButtonsProps) {
  const halls = useStore((s) => s.factoryHalls);
  return (
    <div className="anchor-layer">
      {halls.map((hall) => (
        <HallButton
          key={hall.workshopId}
          company={company}
          hall={hall}
          current={hall.workshopId === currentWorkshopId}
        />
      ))}
    </div>
  );
}
