import { resolveFactoryPlace } from "../content/resolvePlace";
import { WorkshopOverlay } from "../factory/WorkshopOverlay";
import { NextStopPreloader } from "../tours/NextStopPreloader";
import { TourPlayer } from "../tours/TourPlayer";
import { resolveTourStop } from "../tours/tourPlayback";
import { TownLabels } from "../town/TownLabels";
import { TradePanel } from "../trades/TradePanel";
import type { ViewContentProps } from "./ViewContent";

/** What is drawn over the 3D stage for a route (the workshop's overlay and its trade panel). */
export function StageOverlay({ content, route }: ViewContentProps) {
  if (route.view === "town") return <TownLabels content={content} />;
  if (route.view === "tour") {
    const place = route.presenter ? null : resolveTourStop(content, route.tour, route.step);
    return place ? (
      <>
        <TourPlayer place={place} auto={route.auto} />
        <NextStopPreloader content={content} tourId={route.tour} step={route.step} />
      </>
    ) : null;
  }
  if (route.view !== "workshop") return null;
  const place = resolveFactoryPlace(content, route.company, route.workshop, route.machine);
  if (place?.kind !== "workshop") return null;
  return (
    <>
      <WorkshopOverlay company={place.company} workshop={place.workshop} />
      {place.machine ? <TradePanel key={place.machine.id} content={content} machine={place.machine} /> : null}
    </>
  );
}
