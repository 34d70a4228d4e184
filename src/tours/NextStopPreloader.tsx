import { useEffect } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { preloadCompanyModel } from "../stage/useCompanyModel";

export interface NextStopPreloaderProps {
  content: ContentIndex;
  tourId: string;
  step: number;
}

/** Starts loading the next stop's factory while the class listens to this one. */
export function NextStopPreloader({ content, tourId, step }: NextStopPreloaderProps) {
  const next = content.tourById.get(tourId)?.stops[step];
  const model = next ? content.companyById.get(next.company)?.model : undefined;
  useEffect(() => {
    if (model) preloadCompanyModel(model);
  }, [model]);
  return null;
}
