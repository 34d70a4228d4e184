/** A box on screen, in CSS pixels: top-left corner and size. */
export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A form a label can take: its name written out, a shorter name, or only its icon. */
export type LabelForm = "full" | "medium" | "short";

/** The forms, from the most to the least written. */
export const labelForms: readonly LabelForm[] = ["full", "medium", "short"];

/** A label that wants to be shown near a point of the screen. */
export interface LabelRequest {
  id: string;
  /** The point it belongs to (its anchor), in CSS pixels of the stage. */
  x: number;
  y: number;
  /** False when the anchor is off screen or behind the camera: the label is not shown. */
  onScreen: boolean;
  /** Higher goes first and keeps its best spot; ties keep the requests' order. */
  priority: number;
  /** Its size in each form; a form left out is not tried. */
  sizes: Partial<Record<LabelForm, { width: number; height: number }>>;
}

/** Where a label is drawn, and in which form. */
export interface PlacedLabel extends ScreenBox {
  id: string;
  form: LabelForm;
}

/** Offsets tried around the anchor, as fractions of the label's size: centred, above, below, beside. */
const offsets: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1.1],
  [0, 1.1],
  [-0.6, 0],
  [0.6, 0],
  [-0.6, -1.1],
  [0.6, -1.1],
  [-0.6, 1.1],
  [0.6, 1.1],
];

function overlaps(a: ScreenBox, b: ScreenBox, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/**
 * Places labels so that none overlaps another or crosses the edge of the stage (`width` ×
 * `height`, less `margin` all round): by priority, each label takes the first spot near its
 * anchor that is free, written out if it fits, else shorter, else as its icon alone, else it is
 * left out.
 * Pure and deterministic: the same requests give the same placement.
 */
export function placeLabels(
  requests: ReadonlyArray<LabelRequest>,
  width: number,
  height: number,
  margin = 4,
  gap = 3,
): PlacedLabel[] {
  const order = requests
    .map((request, index) => ({ request, index }))
    .filter(({ request }) => request.onScreen)
    .sort((a, b) => b.request.priority - a.request.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  for (const { request } of order) {
    let spot: PlacedLabel | null = null;
    for (const form of labelForms) {
      const size = request.sizes[form];
      if (!size) continue;
      // Each offset, then the centred box slid inside the stage (an anchor near an edge).
      const tries = offsets.map(([dx, dy]) => ({
        x: request.x - size.width / 2 + dx * size.width,
        y: request.y - size.height / 2 + dy * size.height,
      }));
      tries.push({
        x: Math.min(Math.max(request.x - size.width / 2, margin), width - margin - size.width),
        y: Math.min(Math.max(request.y - size.height / 2, margin), height - margin - size.height),
      });
      for (const corner of tries) {
        const box = { ...corner, width: size.width, height: size.height };
        const inside =
          box.x >= margin &&
          box.y >= margin &&
          box.x + box.width <= width - margin &&
          box.y + box.height <= height - margin;
        if (!inside || placed.some((other) => overlaps(box, other, gap))) continue;
        spot = { id: request.id, form, ...box };
        break;
      }
      if (spot) break;
    }
    if (spot) placed.push(spot);
  }
  return placed;
}

/** A sector's name without its second half ("Santé et pharmacie" → "Santé"), for a crowded screen. */
export function shortName(name: string): string {
  const cut = name.search(/ (et|and|&) /);
  return cut > 0 ? name.slice(0, cut) : name;
}
