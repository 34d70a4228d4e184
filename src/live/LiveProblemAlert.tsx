import { useDictionary } from "../i18n/useT";
import type { LiveProblem } from "../state/liveSlice";
import { liveStrings, problemKey } from "./liveStrings";

export interface LiveProblemAlertProps {
  problem: LiveProblem | null;
  audience: "teacher" | "pupil";
}

/** A refusal of the hub (or its absence), explained in the visitor's language. */
export function LiveProblemAlert({ problem, audience }: LiveProblemAlertProps) {
  const t = useDictionary(liveStrings);
  if (problem === null) return null;
  return (
    <p className="class-alert" role="alert" data-class-problem={problem}>
      {t(problemKey(problem, audience))}
    </p>
  );
}
