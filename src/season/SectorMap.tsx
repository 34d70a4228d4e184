import type { ContentIndex } from "../content/contentIndex";
import { useDictionary } from "../i18n/useT";
import { seasonStrings } from "./seasonStrings";

/** The 13 sectors as tiles: those the class met in colour, those left to discover outlined. */
export function SectorMap({ content, met }: { content: ContentIndex; met: readonly string[] }) {
  const t = useDictionary(seasonStrings);
  const seen = new Set(met);
  return (
    <ul className="sector-map" aria-label={t("passportSectors")}>
      {[...content.sectorById.values()].map((sector) => {
        const found = seen.has(sector.id);
        return (
          <li
            key={sector.id}
            className={found ? "sector-tile met" : "sector-tile"}
            style={found ? { background: sector.color } : { borderColor: sector.color }}
            data-sector-met={found ? "true" : "false"}
          >
            <span aria-hidden="true">{sector.icon}</span> {sector.name}
            <span className="sector-state"> · {found ? t("sectorMet") : t("sectorLeft")}</span>
          </li>
        );
      })}
    </ul>
  );
}
