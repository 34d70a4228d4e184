import { useState } from "react";
import type { TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { useStore } from "../state/store";
import { PortraitCard } from "../ui/PortraitCard";
import { tourStrings } from "./tourStrings";

export interface TourStopCardProps {
  place: TourPlace;
}

/**
 * A stop as the class sees it: where we are, the narration, the portrait of the person met there
 * (a fictional character, in big type), and the question whose answer the teacher reveals. Key it
 * by step so that the answer hides again at each stop.
 */
export function TourStopCard({ place }: TourStopCardProps) {
  const t = useDictionary(tourStrings);
  const [answerShown, setAnswerShown] = useState(false);
  const { stop, company, workshop, machine } = place;
  const content = useStore((s) => (s.content.status === "ready" ? s.content.content : undefined));
  const portrait = stop.portrait === undefined ? undefined : content?.portraitById.get(stop.portrait);
  return (
    <div className="tour-stop">
      <p className="tour-place">
        <strong data-tour-machine={machine.id}>{machine.name}</strong>
        <span>
          {" "}
          · {company.name}, {company.town} · {workshop.name}
        </span>
      </p>
      {portrait ? (
        <div className="tour-portrait">
          <PortraitCard
            portrait={portrait}
            jobTitle={content?.jobById.get(portrait.job)?.title ?? portrait.job}
            headingLevel={2}
            variant="projector"
          />
        </div>
      ) : null}
      <p className="tour-narration" data-tour-narration="">
        {stop.narration}
      </p>
      {stop.question ? (
        <div className="tour-question">
          <p>
            <strong>{t("tourQuestion")}</strong> {stop.question.prompt}
          </p>
          <button
            type="button"
            className="button secondary"
            aria-expanded={answerShown}
            data-tour-reveal=""
            onClick={() => setAnswerShown(!answerShown)}
          >
            {answerShown ? t("tourHideAnswer") : t("tourShowAnswer")}
          </button>
          {answerShown ? (
            <p className="tour-answer" data-tour-answer="">
              <strong>{t("tourAnswer")}</strong> {stop.question.answer}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
