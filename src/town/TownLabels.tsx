import { useLayoutEffect, useMemo, useRef } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { useStore } from "../state/store";
import { SectorIcon } from "../ui/SectorIcon";
import { shortName } from "./labelPlacement";
import { TownMap2D } from "./TownMap2D";
import { runTownLabelLayer, type TownLabelSpec } from "./townLabelLayer";
import { useTownLayout } from "./useTownLayout";

export interface TownLabelsProps {
  content: ContentIndex;
}

/** The names over the 3D town: each district's sector, and the building under the pointer or focus. */
function TownLabelLayer({ content }: TownLabelsProps) {
  const districts = useTownLayout(content);
  const hovered = useStore((s) => s.hoveredCompany);
  const building = districts.flatMap((d) => d.buildings).find((b) => b.company.id === hovered);
  const layer = useRef<HTMLDivElement>(null);
  const specs = useMemo<TownLabelSpec[]>(() => {
    const list: TownLabelSpec[] = districts.map((d, i) => ({
      id: d.sector.id,
      // The front edge of the district, where its companies stand.
      point: { x: d.x, y: 0.2, z: d.z + d.size / 2 - 1 },
      // Districts with companies first; then the plan's order.
      priority: d.buildings.length > 0 ? 100 - i : 50 - i,
    }));
    if (building)
      list.push({
        id: `building:${building.company.id}`,
        point: { x: building.x, y: 8 * building.scale, z: building.z },
        priority: 1000,
      });
    return list;
  }, [districts, building]);

  useLayoutEffect(() => {
    const root = layer.current;
    if (!root) return undefined;
    return runTownLabelLayer(root, specs);
  }, [specs]);

  return (
    <div ref={layer} className="anchor-layer town-labels" aria-hidden="true">
      {districts.map((d) => (
        <span key={d.sector.id} className="district-label-pair">
          <span
            className="district-label"
            data-label={d.sector.id}
            data-form="full"
            style={{ "--sector": d.sector.color } as React.CSSProperties}
          >
            <SectorIcon sectorId={d.sector.id} className="district-icon" />
            <span>{d.sector.name}</span>
          </span>
          {shortName(d.sector.name) !== d.sector.name ? (
            <span
              className="district-label"
              data-label={d.sector.id}
              data-form="medium"
              style={{ "--sector": d.sector.color } as React.CSSProperties}
            >
              <SectorIcon sectorId={d.sector.id} className="district-icon" />
              <span>{shortName(d.sector.name)}</span>
            </span>
          ) : null}
          <span
            className="district-label district-label-short"
            data-label={d.sector.id}
            data-form="short"
            style={{ "--sector": d.sector.color } as React.CSSProperties}
          >
            <SectorIcon sectorId={d.sector.id} className="district-icon" />
          </span>
        </span>
      ))}
      {building ? (
        <span className="town-label" data-label={`building:${building.company.id}`} data-form="full">
          {building.company.name}
        </span>
      ) : null}
    </div>
  );
}

/**
 * What the town draws over its stage: the labels over the 3D town or, where the browser cannot
 * draw 3D, the town as a 2D map.
 */
export function TownLabels({ content }: TownLabelsProps) {
  const webglProblem = useStore((s) => s.webglProblem);
  if (webglProblem === "unavailable") return <TownMap2D content={content} />;
  return <TownLabelLayer content={content} />;
}
