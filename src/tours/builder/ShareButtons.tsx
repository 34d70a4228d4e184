import { useId, useState } from "react";
import type { Tour } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { hrefOf } from "../../state/route";
import { builderStrings } from "./builderStrings";
import { tourFileName, tourFileText } from "./tourFile";
import { encodeTourLink, maxLinkLength } from "./tourLink";

export interface ShareButtonsProps {
  tour: Tour;
  /** The tour passes the schema (a draft is neither exported as a link nor played). */
  playable: boolean;
}

/** Downloads the tour as a `.visite.json` file. */
export function downloadTourFile(tour: Tour): void {
  const blob = new Blob([tourFileText(tour)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = tourFileName(tour);
  document.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The full address of a tour's link, as a colleague will open it. */
export function tourLinkUrl(tour: Tour): string {
  const hash = hrefOf({ view: "sharedTour", data: encodeTourLink(tour) });
  return `${location.origin}${location.pathname}${location.search}${hash}`;
}

type LinkState =
  | { kind: "none" }
  | { kind: "copied" | "shown"; url: string }
  | { kind: "tooLong"; n: number };

/** "Exporter" and "Copier le lien": the file always; the link when it fits in 2,000 characters. */
export function ShareButtons({ tour, playable }: ShareButtonsProps) {
  const t = useDictionary(builderStrings);
  const fieldId = useId();
  const [link, setLink] = useState<LinkState>({ kind: "none" });

  const copyLink = async () => {
    const url = tourLinkUrl(tour);
    if (url.length > maxLinkLength) {
      setLink({ kind: "tooLong", n: url.length });
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setLink({ kind: "copied", url });
    } catch {
      // No clipboard (permission, old browser): the link is shown to copy by hand.
      setLink({ kind: "shown", url });
    }
  };

  return (
    <div className="share-buttons">
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          data-export-tour={tour.id}
          onClick={() => downloadTourFile(tour)}
        >
          {t("exportFile")}
        </button>
        <button
          type="button"
          className="button secondary"
          data-copy-link={tour.id}
          disabled={!playable}
          title={playable ? undefined : t("linkNotReady")}
          onClick={() => void copyLink()}
        >
          {t("copyLink")}
        </button>
      </div>
      <div aria-live="polite">
        {link.kind === "tooLong" ? (
          <p className="share-message" data-link-too-long="">
            {t("linkTooLong", { n: link.n })}
          </p>
        ) : null}
        {link.kind === "copied" || link.kind === "shown" ? (
          <div className="share-message">
            <label htmlFor={fieldId}>{link.kind === "copied" ? t("linkCopied") : t("linkShown")}</label>
            <input
              id={fieldId}
              className="search"
              readOnly
              value={link.url}
              data-share-link=""
              onFocus={(event) => event.target.select()}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
