import { useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { coastZ } from "../content/modelContract/townGeography";
import { buildingFootprint, type DistrictPlacement } from "../content/modelContract/townLayout";
import { townRoads } from "../content/modelContract/townRoads";
import { useDictionary } from "../i18n/useT";
import { setHoveredCompany } from "../state/actions";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { sectorIconUrl } from "../ui/SectorIcon";
import { townStrings } from "./townStrings";
import { useTownLayout } from "./useTownLayout";

export interface TownMap2DProps {
  content: ContentIndex;
}

/** Font size of district names, in metres of the map. */
const nameSize = 2.6;

/** A district's name in one or two lines that fit its width (long names wrap at a space). */
function nameLines(name: string, width: number): string[] {
  const fits = (text: string) => text.length * nameSize * 0.56 <= width;
  if (fits(name)) return [name];
  const words = name.split(" ");
  let best: string[] = [name];
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    if (lines.every(fits)) return lines;
    if (Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
  }
  return best;
}

function DistrictName({ district }: { district: DistrictPlacement }) {
  const width = district.size - 2;
  const lines = nameLines(district.sector.name, width);
  return (
    <text
      className="map-district-name"
      x={district.x}
      y={district.z - 0.2}
      fontSize={nameSize}
      textAnchor="middle"
    >
      {lines.map((line, i) => (
        <tspan
          key={line}
          x={district.x}
          dy={i === 0 ? (lines.length > 1 ? -nameSize * 0.5 : 0) : nameSize * 1.1}
          {...(line.length * nameSize * 0.56 > width
            ? { textLength: width, lengthAdjust: "spacingAndGlyphs" as const }
            : {})}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The town as a 2D map (SVG) for browsers without WebGL: the bay, the hills, the streets, each
 * district with its sector's icon and name, and every company's building as a link into its
 * factory (named after the company, reached with Tab, highlighted with the list).
 */
export function TownMap2D({ content }: TownMap2DProps) {
  const t = useDictionary(townStrings);
  const districts = useTownLayout(content);
  const hovered = useStore((s) => s.hoveredCompany);
  const roads = useMemo(() => townRoads(districts), [districts]);
  const half = (districts[0]?.size ?? 20) / 2;
  const west = Math.min(0, ...districts.map((d) => d.x)) - half - 12;
  const east = Math.max(0, ...districts.map((d) => d.x)) + half + 12;
  const back = Math.min(0, ...districts.map((d) => d.z)) - half - 14;
  const front = Math.max(0, ...districts.map((d) => d.z)) + half + 22;
  const coast = useMemo(() => {
    const points: string[] = [];
    for (let x = west; x <= east + 0.01; x += 4) points.push(`${x.toFixed(1)},${coastZ(x).toFixed(1)}`);
    return `M${west},${front} L${points.join(" L")} L${east},${front} Z`;
  }, [west, east, front]);
  const hills = `M${west},${back} L${east},${back} L${east},${back + 9} ${Array.from(
    { length: 13 },
    (_, i) => {
      const x = east - ((east - west) * (i + 0.5)) / 13;
      return `Q${x.toFixed(1)},${back + (i % 2 === 0 ? 3 : 8)} ${(x - (east - west) / 26).toFixed(1)},${back + 9}`;
    },
  ).join(" ")} Z`;
  const hoveredBuilding = districts.flatMap((d) => d.buildings).find((b) => b.company.id === hovered);

  return (
    <section className="town-map-2d" aria-label={t("townMap")}>
      <p className="town-map-hint">{t("townMapHint")}</p>
      <svg viewBox={`${west} ${back} ${east - west} ${front - back}`} preserveAspectRatio="xMidYMid meet">
        <rect x={west} y={back} width={east - west} height={front - back} className="map-land" />
        <path d={hills} className="map-hills" />
        <path d={coast} className="map-sea" />
        {roads.map((r) => (
          <rect
            key={`${r.x},${r.z},${r.width}`}
            x={r.x - r.width / 2}
            y={r.z - r.depth / 2}
            width={r.width}
            height={r.depth}
            className="map-road"
          />
        ))}
        {districts.map((d) => (
          <g key={d.sector.id} data-map-district={d.sector.id}>
            <rect
              x={d.x - d.size / 2}
              y={d.z - d.size / 2}
              width={d.size}
              height={d.size}
              rx={1.5}
              fill={d.sector.color}
              className="map-district"
            />
            <image
              href={sectorIconUrl(d.sector.id)}
              x={d.x - 3.2}
              y={d.z - d.size / 2 + 1.2}
              width={6.4}
              height={6.4}
            />
            <DistrictName district={d} />
            {d.buildings.map((b) => {
              const w = buildingFootprint.width * b.scale;
              const h = buildingFootprint.depth * b.scale;
              const company = b.company;
              return (
                <a
                  key={company.id}
                  href={hrefOf({ view: "company", company: company.id })}
                  aria-label={t("enterCompany", { name: company.name, town: company.town })}
                  data-company={company.id}
                  className="map-building"
                  data-highlighted={hovered === company.id ? "" : undefined}
                  onMouseEnter={() => setHoveredCompany(company.id)}
                  onMouseLeave={() => setHoveredCompany(null)}
                  onFocus={() => setHoveredCompany(company.id)}
                  onBlur={() => setHoveredCompany(null)}
                >
                  <title>{company.name}</title>
                  <rect x={b.x - w / 2} y={b.z - h / 2} width={w} height={h} rx={0.5} fill={d.sector.color} />
                </a>
              );
            })}
          </g>
        ))}
        {hoveredBuilding ? (
          <g className="map-tag">
            <rect
              x={hoveredBuilding.x - (hoveredBuilding.company.name.length * 1.25 + 2) / 2}
              y={hoveredBuilding.z - 7.2}
              width={hoveredBuilding.company.name.length * 1.25 + 2}
              height={3.8}
              rx={0.8}
            />
            <text x={hoveredBuilding.x} y={hoveredBuilding.z - 4.6} fontSize={2.3} textAnchor="middle">
              {hoveredBuilding.company.name}
            </text>
          </g>
        ) : null}
      </svg>
    </section>
  );
}
