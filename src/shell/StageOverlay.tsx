import type { ContentIndex } from "../content/contentIndex";
import { WorkshopOverlay } from "../factory/WorkshopOverlay";
import { ClassProjectorPanel } from "../live/ClassProjectorPanel";
import { ClassPupilOverlay } from "../live/ClassPupilOverlay";
import type { OverlayView } from "../state/resolveView";
import { AddToTourButton } from "../tours/builder/AddToTourButton";
import { NextStopPreloader } from "../tours/NextStopPreloader";
import { TourPlayer } from "../tours/TourPlayer";
import { TownLabels } from "../town/TownLabels";
import { TradePanel } from "../trades/TradePanel";

export interface StageOverlayProps {
  content: ContentIndex;
  overlay: OverlayView | null;
}

/** What is drawn over the 3D stage: the town's labels, a workshop's overlay and trade panel, a tour's stop. */
export function StageOverlay({ content, overlay }: StageOverlayProps) {
  switch (overlay?.kind) {
    case undefined:
      return null;
    case "townLabels":
      return <TownLabels content={content} />;
    case "tourStop":
      return (
        <>
          <TourPlayer place={overlay.place} auto={overlay.auto} />
          {overlay.auto ? null : <ClassProjectorPanel place={overlay.place} />}
          <NextStopPreloader content={content} place={overlay.place} />
        </>
      );
    case "classStop":
      return <ClassPupilOverlay place={overlay.place} />;
    case "workshop":
      return (
        <>
          <WorkshopOverlay company={overlay.company} workshop={overlay.workshop} />
          {overlay.machine ? (
            <TradePanel
              key={overlay.machine.id}
              content={content}
              machine={overlay.machine}
              company={overlay.company.id}
            >
              <AddToTourButton
                content={content}
                company={overlay.company}
                workshop={overlay.workshop}
                machine={overlay.machine}
              />
            </TradePanel>
          ) : null}
        </>
      );
  }
}
