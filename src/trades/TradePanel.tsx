import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from "react";
import type { ContentIndex } from "../content/contentIndex";
import type { Machine } from "../content/schema";
import { transitionAtMachine } from "../content/transitionAt";
import { useDictionary } from "../i18n/useT";
import { invalidateStage } from "../stage/invalidateStage";
import { registerScreenAnchor } from "../stage/screenAnchors";
import { closeMachine, showPanelJob } from "../state/actions";
import { useStore } from "../state/store";
import { TransitionStory } from "../ui/TransitionStory";
import { JobSheet } from "./JobSheet";
import { placePanelBeside } from "./panelPlacement";
import { TradeFaq } from "./TradeFaq";
import { tradeStrings } from "./tradeStrings";
import "./trades.css";

export interface TradePanelProps {
  content: ContentIndex;
  machine: Machine;
  /** The company of the machine: its « questions fréquentes » show under the trade. */
  company?: string;
  /** Actions the frame adds about this machine (e.g. the tour builder's "Ajouter à ma visite"). */
  children?: ReactNode;
}

/** Below this stage width the panel is a bottom sheet (see app.css) rather than a card beside the machine. */
const sheetBelowPx = 760;

/**
 * The trade behind a machine (DOM contract: `role="dialog"`, `data-job`, named by the trade's title).
 * Beside the machine on a large screen, a bottom sheet on a phone. Escape or "Fermer" closes it,
 * and focus goes back to the machine's hotspot.
 */
export function TradePanel({ content, machine, company, children }: TradePanelProps) {
  const t = useDictionary(tradeStrings);
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const panelJob = useStore((s) => s.panelJob);
  const jobId = panelJob !== null && machine.jobs.includes(panelJob) ? panelJob : machine.jobs[0];
  const job = jobId === undefined ? undefined : content.jobById.get(jobId);
  const transition = transitionAtMachine(content, machine);

  // Sit beside the machine, and follow it when the camera moves. The panel's size comes from a
  // ResizeObserver and the stage's from the frame: the per-frame listener reads no layout.
  const spot = useStore((s) => s.sceneMachines.find((m) => m.machineId === machine.id));
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel || !spot) return;
    const size = { width: panel.offsetWidth, height: panel.offsetHeight };
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      size.width = entry.borderBoxSize[0]?.inlineSize ?? panel.offsetWidth;
      size.height = entry.borderBoxSize[0]?.blockSize ?? panel.offsetHeight;
      invalidateStage();
    });
    observer.observe(panel);
    const [x, y, z] = spot.centre;
    let placed = "";
    const unpin = registerScreenAnchor({ x, y, z }, (anchorX, anchorY, _onScreen, width, height) => {
      if (width < sheetBelowPx) return; // a bottom sheet: the stylesheet places it
      const { left, top } = placePanelBeside({ x: anchorX, y: anchorY }, size, { width, height });
      const next = `${Math.round(left)},${Math.round(top)}`;
      if (next === placed) return;
      placed = next;
      panel.style.left = `${Math.round(left)}px`;
      panel.style.top = `${Math.round(top)}px`;
    });
    return () => {
      observer.disconnect();
      unpin();
    };
  }, [spot]);

  // Focus moves into the panel when it opens, and back to the machine's hotspot when it closes.
  // The panel is not scrolled to the title: what comes first (the machine, its transition story)
  // stays in view.
  useEffect(() => {
    panelRef.current?.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    const machineId = machine.id;
    return () => {
      document.querySelector<HTMLElement>(`button[data-machine="${CSS.escape(machineId)}"]`)?.focus();
    };
  }, [machine.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") closeMachine();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!job) return null;
  return (
    <section
      ref={panelRef}
      className="trade-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-job={job.id}
    >
      <button type="button" className="panel-close" onClick={closeMachine} aria-label={t("closePanel")}>
        <span aria-hidden="true">×</span>
      </button>
      <p className="panel-machine">{machine.name}</p>
      <p className="panel-machine-description">{machine.description}</p>
      {transition ? (
        <TransitionStory transition={transition.transition} headingLevel={3} withHeading />
      ) : null}
      {children}
      {machine.jobs.length > 1 ? (
        <fieldset className="job-switch">
          <legend>{t("otherJobsOnMachine")}</legend>
          {machine.jobs.map((id) => (
            <button key={id} type="button" aria-pressed={id === job.id} onClick={() => showPanelJob(id)}>
              {content.jobById.get(id)?.title ?? id}
            </button>
          ))}
        </fieldset>
      ) : null}
      <JobSheet content={content} job={job} titleId={titleId} headingLevel={2} variant="panel" />
      {company ? <TradeFaq company={company} trade={job.id} tradeTitle={job.title} /> : null}
    </section>
  );
}
