import type { ContentIndex } from "../content/contentIndex";
import { useT } from "../i18n/useT";
import type { OverlayView } from "../state/resolveView";
import { useStore } from "../state/store";

export interface SceneAnnouncerProps {
  content: ContentIndex;
  overlay: OverlayView | null;
}

/** A polite live region telling screen-reader users which workshop they entered and which trade opened. */
export function SceneAnnouncer({ content, overlay: place }: SceneAnnouncerProps) {
  const t = useT();
  const panelJob = useStore((s) => s.panelJob);
  if (place?.kind !== "workshop") return null;
  const jobId = place.machine ? (panelJob ?? place.machine.jobs[0]) : undefined;
  const job = jobId === undefined ? undefined : content.jobById.get(jobId);
  const text = job
    ? `${t("announceTrade")} ${job.title}`
    : `${t("announceWorkshop")} ${place.workshop.name}, ${place.company.name}`;
  return (
    <p className="visually-hidden" aria-live="polite" data-announcer="">
      {text}
    </p>
  );
}
