import { useEffect, useRef, useState } from "react";
import type { ContentIndex } from "../../content/contentIndex";
import { resolveFactoryPlace } from "../../content/resolvePlace";
import type { Tour } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { builderStrings } from "./builderStrings";
import type { TourProblems } from "./tourEdits";

export interface StopListProps {
  content: ContentIndex;
  tour: Tour;
  problems: TourProblems;
  selected: number;
  onSelect: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
}

type Action = "up" | "down" | "select";

/**
 * The tour's stops in order: pick one to edit it, move it with the ↑ ↓ buttons (focus follows the
 * stop) or by dragging it, duplicate or remove it.
 */
export function StopList({
  content,
  tour,
  problems,
  selected,
  onSelect,
  onMove,
  onDuplicate,
  onRemove,
}: StopListProps) {
  const t = useDictionary(builderStrings);
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ index: number; action: Action } | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  // After a move, focus stays on the moved stop's button (or its other arrow at either end).
  useEffect(() => {
    if (!focusAfter || !listRef.current) return;
    const item = listRef.current.querySelector(`[data-stop-index="${focusAfter.index}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-stop-action="${focusAfter.action}"]`);
    const fallback = item?.querySelector<HTMLButtonElement>(
      `[data-stop-action="${focusAfter.action === "up" ? "down" : "up"}"]`,
    );
    const target = wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : null;
    (target ?? item?.querySelector<HTMLButtonElement>('[data-stop-action="select"]'))?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const move = (from: number, to: number, action: Action) => {
    onMove(from, to);
    setFocusAfter({ index: to, action });
  };

  if (tour.stops.length === 0) return <p className="muted builder-empty">{t("stopsEmpty")}</p>;
  return (
    <>
      <p className="muted field-hint">{t("stopsHelp")}</p>
      <ol ref={listRef} className="builder-stops">
        {tour.stops.map((stop, index) => {
          const place = resolveFactoryPlace(content, stop.company, stop.workshop, stop.machine);
          const machine = place?.kind === "workshop" ? place.machine : undefined;
          const name = machine?.name ?? stop.machine;
          const missing = problems.has(`stops.${index}.machine`);
          const faults = [...problems.keys()].filter((key) => key.startsWith(`stops.${index}.`)).length;
          const n = index + 1;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: stops have no id; a stop's place is its index, and focus follows moves by hand.
              key={index}
              data-stop-index={index}
              data-builder-stop={stop.machine}
              className={[
                "builder-stop",
                index === selected ? "selected" : "",
                missing ? "missing" : "",
                dropAt === index && dragFrom !== index ? "drop-target" : "",
              ]
                .filter(Boolean)
                .join(" ")}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", String(index));
                setDragFrom(index);
              }}
              onDragOver={(event) => {
                if (dragFrom === null) return;
                event.preventDefault();
                setDropAt(index);
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (dragFrom !== null && dragFrom !== index) move(dragFrom, index, "select");
                setDragFrom(null);
                setDropAt(null);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDropAt(null);
              }}
            >
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <button
                type="button"
                className="stop-select"
                data-stop-action="select"
                aria-pressed={index === selected}
                onClick={() => onSelect(index)}
              >
                <span className="stop-number">{n}</span>
                <span className="stop-name">
                  <strong>{name}</strong>
                  <span className="muted">
                    {place ? ` ${place.company.name}` : ""}
                    {missing ? ` — ${t("stopMissing")}` : ""}
                  </span>
                </span>
                {faults > 0 && !missing ? (
                  <span className="stop-faults" title={t("draft", { n: faults })}>
                    {faults}
                  </span>
                ) : null}
              </button>
              <span className="stop-actions">
                <button
                  type="button"
                  className="icon-button"
                  data-stop-action="up"
                  aria-label={t("moveUpNamed", { n })}
                  title={t("moveUp")}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1, "up")}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-stop-action="down"
                  aria-label={t("moveDownNamed", { n })}
                  title={t("moveDown")}
                  disabled={index === tour.stops.length - 1}
                  onClick={() => move(index, index + 1, "down")}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button text"
                  data-stop-action="duplicate"
                  aria-label={t("duplicateNamed", { n })}
                  onClick={() => onDuplicate(index)}
                >
                  {t("duplicate")}
                </button>
                <button
                  type="button"
                  className="icon-button text danger"
                  data-stop-action="remove"
                  aria-label={t("removeNamed", { n })}
                  onClick={() => onRemove(index)}
                >
                  {t("remove")}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
