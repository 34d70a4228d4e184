import type { ContentIndex } from "../../content/contentIndex";
import { resolveTourStop } from "../../content/resolvePlace";
import type { Tour } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { TourStopCard } from "../TourStopCard";
import { builderStrings } from "./builderStrings";

export interface StopPreviewProps {
  content: ContentIndex;
  tour: Tour;
  /** 0-based. */
  index: number;
}

/** The selected stop as the projector shows it: the player's own stop card on the projector's dark frame. */
export function StopPreview({ content, tour, index }: StopPreviewProps) {
  const t = useDictionary(builderStrings);
  const place = resolveTourStop(content, tour, index + 1);
  return (
    <section className="stop-preview" aria-label={t("previewTitle")} data-stop-preview="">
      <h2>{t("previewTitle")}</h2>
      <div className="preview-screen">
        {place ? (
          <div className="tour-panel preview-panel">
            <p className="preview-step">
              {index + 1} / {tour.stops.length}
            </p>
            <TourStopCard key={`${index}/${place.machine.id}`} place={place} />
          </div>
        ) : (
          <p className="muted">{t(tour.stops.length > 0 ? "stopMissing" : "previewEmpty")}</p>
        )}
      </div>
    </section>
  );
}
