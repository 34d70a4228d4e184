import { useDictionary } from "../i18n/useT";
import type { ClassMode } from "../protocol/schema";
import { setClassMode } from "./liveClient";
import { liveStrings } from "./liveStrings";

export interface TeacherClassButtonsProps {
  mode: ClassMode;
  onEnd: () => void;
}

/** "Mode libre" / "Rappel" and "Terminer", the same in the projector's and the presenter's windows. */
export function TeacherClassButtons({ mode, onEnd }: TeacherClassButtonsProps) {
  const t = useDictionary(liveStrings);
  return (
    <>
      {mode === "free" ? (
        <button
          type="button"
          className="button secondary"
          data-class-mode="follow"
          onClick={() => void setClassMode("follow")}
        >
          {t("liveRecall")}
        </button>
      ) : (
        <button
          type="button"
          className="button secondary"
          data-class-mode="free"
          onClick={() => void setClassMode("free")}
        >
          {t("liveFreeMode")}
        </button>
      )}
      <button type="button" className="button secondary class-end" data-class-end="" onClick={onEnd}>
        {t("liveEnd")}
      </button>
    </>
  );
}
