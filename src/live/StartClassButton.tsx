import { useState } from "react";
import type { Tour } from "../content/schema";
import { useDictionary } from "../i18n/useT";
import { useStore } from "../state/store";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { startClass } from "./liveClient";
import { liveStrings } from "./liveStrings";

export interface StartClassButtonProps {
  tour: Tour;
  /** The stop on screen (1-based): the class starts there. */
  step: number;
  className?: string;
}

/**
 * "Classe en direct": starts a live class on the tour, says so while the hub answers, and shows
 * the hub's refusal (or its absence) in French. The same button on the projector and in the
 * presenter's window.
 */
export function StartClassButton({ tour, step, className = "button" }: StartClassButtonProps) {
  const t = useDictionary(liveStrings);
  const problem = useStore((s) => s.liveProblem);
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    await startClass(tour, step);
    setStarting(false);
  };
  return (
    <>
      <button
        type="button"
        className={className}
        data-class-start=""
        disabled={starting}
        onClick={() => void start()}
      >
        {t("liveStart")}
      </button>
      {starting ? <p role="status">{t("liveStarting")}</p> : null}
      <LiveProblemAlert problem={problem} audience="teacher" />
    </>
  );
}
