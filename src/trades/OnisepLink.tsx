import { onisepLinkKind } from "../content/onisepLink";
import { useDictionary } from "../i18n/useT";
import { ExternalLink } from "./ExternalLink";
import { tradeStrings } from "./tradeStrings";

export interface OnisepLinkProps {
  /** The trade's ONISEP link (`sources.onisep`): its sheet, or the ONISEP search for its name. */
  url: string;
  /** The trade's title, said to screen readers where many such links sit side by side (the catalogue). */
  tradeTitle?: string | undefined;
  className?: string | undefined;
}

/**
 * A trade's ONISEP link, labelled by what it is (issue 27): « Fiche Onisep » for the trade's own
 * sheet, « Rechercher sur l’Onisep » for the search of its name, where no sheet was confirmed.
 */
export function OnisepLink({ url, tradeTitle, className }: OnisepLinkProps) {
  const t = useDictionary(tradeStrings);
  const kind = onisepLinkKind(url) ?? "search";
  const classes = ["onisep-link", kind === "sheet" ? "onisep-sheet" : "onisep-search", className]
    .filter(Boolean)
    .join(" ");
  return (
    <ExternalLink href={url} className={classes}>
      {kind === "sheet" ? t("onisepSheet") : t("onisepSearch")}
      {tradeTitle ? <span className="visually-hidden"> — {tradeTitle}</span> : null}
    </ExternalLink>
  );
}
