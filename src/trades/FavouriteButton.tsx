import { useDictionary } from "../i18n/useT";
import { toggleFavourite } from "../state/actions";
import { useStore } from "../state/store";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";

export interface FavouriteButtonProps {
  jobId: string;
}

/**
 * The star that keeps a trade in "Mes métiers".
 * @example <FavouriteButton jobId="soudeur" />
 */
export function FavouriteButton({ jobId }: FavouriteButtonProps) {
  const t = useDictionary(tradeStrings);
  const starred = useStore((s) => s.favourites.includes(jobId));
  return (
    <button
      type="button"
      className="favourite-button"
      aria-pressed={starred}
      aria-label={starred ? t("removeFavourite") : t("addFavourite")}
      title={starred ? t("removeFavourite") : t("addFavourite")}
      data-favourite={jobId}
      onClick={() => toggleFavourite(jobId)}
    >
      <span aria-hidden="true">{starred ? "★" : "☆"}</span>
    </button>
  );
}
