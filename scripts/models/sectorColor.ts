import { hashString } from "./scene/seededRandom";

/** Colours for a sector that sectors.json does not (yet) describe. */
const fallbackColors = [
  "#a33e22",
  "#0f8b8d",
  "#1d4e89",
  "#d9a400",
  "#8a9e1a",
  "#e0772a",
  "#4a4e69",
  "#9b3fb5",
];

/** The sector's colour from sectors.json, or a stable stand-in picked by its id. */
export function sectorColorOf(sector: string, colors: ReadonlyMap<string, string>): string {
  return colors.get(sector) ?? fallbackColors[hashString(sector) % fallbackColors.length] ?? "#888888";
}
