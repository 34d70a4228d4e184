import type { TransitionTheme } from "../content/schema";
import "./stories.css";

export interface TransitionIconProps {
  /** The theme's pictogram; without one, the leaf that marks anything about the transition. */
  theme?: TransitionTheme | undefined;
  className?: string | undefined;
}

/** Strokes of each pictogram, drawn on a 24 × 24 grid. */
const paths: Record<TransitionTheme | "leaf", string[]> = {
  leaf: ["M5 19C5 10 11 4 20 4c0 9-6 15-15 15z", "M5 19 14 10"],
  decarbonation: ["M5 19C5 10 11 4 20 4c0 9-6 15-15 15z", "M5 19 14 10"],
  energie: ["M13 2 4 14h7l-1 8 9-12h-7z"],
  eau: ["M12 3c4 5 6 8.5 6 11a6 6 0 0 1-12 0c0-2.5 2-6 6-11z"],
  "economie-circulaire": ["M20 12a8 8 0 0 1-14 5.3", "M4 12a8 8 0 0 1 14-5.3", "M18 3v4h-4", "M6 21v-4h4"],
  relocalisation: [
    "M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11z",
    "M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z",
  ],
};

/**
 * A transition theme's pictogram, an inline SVG in the text's colour (no emoji font needed, no
 * request). Decorative: the theme's name is always written beside it.
 *
 * @example <TransitionIcon theme="eau" /> Eau
 */
export function TransitionIcon({ theme, className }: TransitionIconProps) {
  return (
    <svg
      className={className ? `transition-icon ${className}` : "transition-icon"}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths[theme ?? "leaf"].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
