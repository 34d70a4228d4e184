import type { ContentIndex } from "../content/contentIndex";
import { useScreenAnchor } from "../stage/useScreenAnchor";
import { useStore } from "../state/store";
import type { BuildingPlacement, DistrictPlacement } from "./townLayout";
import { useTownLayout } from "./useTownLayout";

export interface TownLabelsProps {
  content: ContentIndex;
}

function DistrictLabel({ district }: { district: DistrictPlacement }) {
  const pin = useScreenAnchor(district.x, 0.2, district.z + district.size / 2 - 1);
  return (
    <span ref={pin} className="district-label screen-anchored" aria-hidden="true">
      {district.sector.icon} {district.sector.name}
    </span>
  );
}

function BuildingLabel({ placement }: { placement: BuildingPlacement }) {
  const pin = useScreenAnchor(placement.x, 10, placement.z);
  return (
    <span ref={pin} className="town-label screen-anchored" aria-hidden="true">
      {placement.company.name}
    </span>
  );
}

/** Names over the town: each district's sector, and the building under the pointer or focus. */
export function TownLabels({ content }: TownLabelsProps) {
  const districts = useTownLayout(content);
  const hovered = useStore((s) => s.hoveredCompany);
  const placement = districts.flatMap((d) => d.buildings).find((b) => b.company.id === hovered);
  return (
    <div className="anchor-layer">
      {districts.map((district) => (
        <DistrictLabel key={district.sector.id} district={district} />
      ))}
      {placement ? <BuildingLabel key={placement.company.id} placement={placement} /> : null}
    </div>
  );
}
