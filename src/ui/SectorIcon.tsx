import type { CSSProperties } from "react";
import "./sectorIcon.css";

export interface SectorIconProps {
  /** The sector's id: its icon is `public/icons/sectors/<id>.svg`. */
  sectorId: string;
  /**
   * The sector's name when the icon stands alone (it becomes an image with that name); leave it
   * out when the name is written beside the icon (the icon is then hidden from screen readers).
   */
  label?: string | undefined;
  className?: string | undefined;
}

/** The address of a sector's icon, resolved against the page (the site may live in a sub-folder). */
export function sectorIconUrl(sectorId: string): string {
  return new URL(`icons/sectors/${encodeURIComponent(sectorId)}.svg`, document.baseURI).href;
}

/**
 * A sector's pictogram, a self-hosted SVG drawn in the text's colour (a CSS mask), so that every
 * machine draws it, with or without an emoji font.
 *
 * @example <SectorIcon sectorId="chimie" /> Chimie
 * @example <SectorIcon sectorId="chimie" label="Chimie" />
 */
export function SectorIcon({ sectorId, label, className }: SectorIconProps) {
  const url = `url("${sectorIconUrl(sectorId)}")`;
  const style: CSSProperties = { maskImage: url, WebkitMaskImage: url };
  const classes = className ? `sector-icon ${className}` : "sector-icon";
  if (label)
    return (
      <span role="img" aria-label={label} className={classes} style={style} data-sector-icon={sectorId} />
    );
  return <span aria-hidden="true" className={classes} style={style} data-sector-icon={sectorId} />;
}
