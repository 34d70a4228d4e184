import { useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import type { Tour } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { cacheModels } from "./offlineCache";
import { tourStrings } from "./tourStrings";

export interface PrepareOfflineButtonProps {
  content: ContentIndex;
  tour: Tour;
}

type Progress =
  | { state: "idle" }
  | { state: "busy"; done: number }
  | { state: "ready" }
  | { state: "failed" };

/**
 * "Préparer hors ligne": downloads the models of every company a tour visits into the offline
 * cache, with progress and a confirmation, so a class can follow it without the Internet.
 *
 * ```tsx
 * <PrepareOfflineButton content={content} tour={tour} />
 * ```
 */
export function PrepareOfflineButton({ content, tour }: PrepareOfflineButtonProps) {
  const t = useDictionary(tourStrings);
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  const models = [
    ...new Set(tour.stops.flatMap((stop) => content.companyById.get(stop.company)?.model ?? [])),
  ];
  if (typeof caches === "undefined") return null; // NOTE: no Cache API outside HTTPS.

  const prepare = async () => {
    setProgress({ state: "busy", done: 0 });
    try {
      await cacheModels(models, (done) => setProgress({ state: "busy", done }));
      setProgress({ state: "ready" });
    } catch {
      setProgress({ state: "failed" });
    }
  };

  const message =
    progress.state === "busy"
      ? t("preparingOffline", { done: progress.done, total: models.length })
      : progress.state === "ready"
        ? t("offlineReady")
        : progress.state === "failed"
          ? t("offlineFailed")
          : "";
  return (
    <div className="prepare-offline">
      <button
        type="button"
        className="button secondary"
        disabled={progress.state === "busy"}
        onClick={() => void prepare()}
        data-prepare-offline={tour.id}
      >
        {t("prepareOffline")}
      </button>
      <p role="status" className="muted" data-offline-state={progress.state}>
        {message}
      </p>
    </div>
  );
}
