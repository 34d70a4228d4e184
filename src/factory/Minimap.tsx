import { type MouseEvent, useEffect, useRef } from "react";
import type { Company, Workshop } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { openWorkshop } from "../state/actions";
import { useStore } from "../state/store";
import { factoryStrings } from "./factoryStrings";
import { walker, walkTo } from "./walker";

export interface MinimapProps {
  company: Company;
  workshop: Workshop;
}

/** Metres of margin around the halls in the map. */
const margin = 2;

/**
 * A map of the factory seen from above: its halls, the machines of this one, and you (position and
 * heading, moved every frame through a ref). A click walks there, or enters the hall clicked.
 */
export function Minimap({ company, workshop }: MinimapProps) {
  const t = useDictionary(factoryStrings);
  const halls = useStore((s) => s.factoryHalls);
  const machines = useStore((s) => s.sceneMachines);
  const svgRef = useRef<SVGSVGElement>(null);
  const youRef = useRef<SVGGElement>(null);
  const drawn = halls.length > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the marker exists only once the map is drawn.
  useEffect(() => {
    const you = youRef.current;
    if (!you) return;
    // Written after each step of the walker, and only what changed (a still visitor writes nothing).
    let position = "";
    let heading = "";
    let blocked: boolean | null = null;
    const move = () => {
      const nextPosition = `${walker.x.toFixed(2)},${walker.z.toFixed(2)}`;
      const nextHeading = ((-walker.yaw * 180) / Math.PI).toFixed(1);
      if (nextPosition !== position || nextHeading !== heading) {
        position = nextPosition;
        heading = nextHeading;
        you.setAttribute(
          "transform",
          `translate(${walker.x.toFixed(2)} ${walker.z.toFixed(2)}) rotate(${nextHeading})`,
        );
        you.setAttribute("data-position", nextPosition);
      }
      if (walker.blocked !== blocked) {
        blocked = walker.blocked;
        you.toggleAttribute("data-blocked", blocked);
      }
    };
    move();
    walker.listeners.add(move);
    return () => {
      walker.listeners.delete(move);
    };
  }, [drawn]);

  if (halls.length === 0) return null;
  const minX = Math.min(...halls.map((h) => h.minX)) - margin;
  const maxX = Math.max(...halls.map((h) => h.maxX)) + margin;
  const minZ = Math.min(...halls.map((h) => h.minZ)) - margin;
  const maxZ = Math.max(...halls.map((h) => h.maxZ)) + margin;

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const hall = halls.find(
      (h) => point.x >= h.minX && point.x <= h.maxX && point.y >= h.minZ && point.y <= h.maxZ,
    );
    if (!hall) return;
    if (hall.workshopId === workshop.id) walkTo({ x: point.x, z: point.y });
    else openWorkshop(company.id, hall.workshopId);
  };

  return (
    <figure className="minimap">
      <figcaption className="visually-hidden">{t("minimapCaption")}</figcaption>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the same moves are offered by the keys and the workshop links. */}
      <svg
        ref={svgRef}
        viewBox={`${minX} ${minZ} ${maxX - minX} ${maxZ - minZ}`}
        onClick={onClick}
        role="img"
        aria-label={`${t("minimapOf")} — ${company.name}`}
      >
        {halls.map((hall) => (
          <rect
            key={hall.workshopId}
            x={hall.minX}
            y={hall.minZ}
            width={hall.maxX - hall.minX}
            height={hall.maxZ - hall.minZ}
            className={hall.workshopId === workshop.id ? "minimap-hall current" : "minimap-hall"}
          />
        ))}
        {machines.map((m) => (
          <rect
            key={m.machineId}
            x={m.centre[0] - m.size[0] / 2}
            y={m.centre[2] - m.size[2] / 2}
            width={m.size[0]}
            height={m.size[2]}
            className="minimap-machine"
          />
        ))}
        <g ref={youRef} className="minimap-you" data-minimap-you="">
          <path d="M0 -2.2 L1.5 1.4 L0 0.6 L-1.5 1.4 Z" />
        </g>
      </svg>
    </figure>
  );
}
