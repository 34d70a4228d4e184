import { useEffect } from "react";
import type { ContentIndex } from "../content/contentIndex";
import type { TourPlace } from "../content/resolvePlace";
import { preloadCompanyModel } from "../stage/useCompanyModel";

export interface NextStopPreloaderProps {
  content: ContentIndex;
  /** The stop on screen; the one after it is preloaded. */
  place: TourPlace;
}

/** Starts loading the next stop's factory while the class listens to this one. */
export function NextStopPreloader({ content, place }: NextStopPreloaderProps) {
  const next = place.tour.stops[place.step];
  const model = next ? content.companyById.get(next.company)?.model : undefined;
  useEffect(() => {
    if (model) preloadCompanyModel(model);
  }, [model]);
  return null;
}
