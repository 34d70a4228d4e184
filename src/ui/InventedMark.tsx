import { useDictionary } from "../i18n/useT";
import { storyStrings } from "./storyStrings";
import "./stories.css";

export interface InventedMarkProps {
  /** `full`: « entreprise imaginée » with its explanation (a company's entrance); `short`: « imaginée » (a list). */
  variant: "full" | "short";
}

/**
 * The mark of an imagined company (issue 27), like the portraits' « personnage fictif »: the
 * companies are modelled on the region's real plants but invented, and the app says so where a
 * visitor meets them.
 */
export function InventedMark({ variant }: InventedMarkProps) {
  const t = useDictionary(storyStrings);
  if (variant === "short") {
    return (
      <span className="invented-mark invented-short" data-invented="" title={t("inventedNote")}>
        {t("inventedShort")}
      </span>
    );
  }
  return (
    <p className="invented-note" data-invented="">
      <span className="invented-mark">{t("invented")}</span> {t("inventedNote")}
    </p>
  );
}
