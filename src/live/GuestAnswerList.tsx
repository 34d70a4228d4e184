import { useDictionary } from "../i18n/useT";
import type { ClassAnswer } from "../protocol/schema";
import { guestStrings } from "./guestStrings";
import { useTradeTitle } from "./useTradeTitle";

export interface GuestAnswerListProps {
  answers: readonly ClassAnswer[];
  /** Teacher windows: a "Masquer la réponse" button on each visible answer. */
  onHide?: (question: string) => void;
  /** Teacher windows: "Garder dans la saison" on an answer the class may keep (guest's consent). */
  onKeep?: (question: string) => void;
  /** Teacher windows: hidden answers listed too, marked (never on the projector). */
  showHidden?: boolean;
  className?: string;
}

/**
 * Professionals' answers, each beside the pupil's question it answers and signed with the
 * guest's first name and trade: one `[data-class-answer]` per visible answer (projector, pupils,
 * guest, presenter).
 */
export function GuestAnswerList({
  answers,
  onHide,
  onKeep,
  showHidden = false,
  className,
}: GuestAnswerListProps) {
  const t = useDictionary(guestStrings);
  const tradeTitle = useTradeTitle();
  const listed = showHidden ? answers : answers.filter((answer) => !answer.hidden);
  if (listed.length === 0) return null;
  return (
    <ul className={`class-answers ${className ?? ""}`.trim()}>
      {listed.map((answer) => (
        <li
          key={`${answer.question}:${answer.by.firstName}:${answer.by.trade}`}
          data-class-answer={answer.hidden ? undefined : answer.question}
          data-answer-hidden={answer.hidden ? "" : undefined}
          className="class-answer"
        >
          <p className="class-answer-question">{t("answerQuestion", { question: answer.asked })}</p>
          <p className="class-answer-text">{answer.text}</p>
          <p className="class-answer-by">
            — {t("answerBy", { firstName: answer.by.firstName, trade: tradeTitle(answer.by.trade) })}
            {answer.hidden ? <span className="muted"> · {t("answerHidden")}</span> : null}
          </p>
          {answer.kept ? <p className="muted">✓ {t("answerKept")}</p> : null}
          {onKeep && answer.keepable && !answer.kept ? (
            <button type="button" className="button secondary" onClick={() => onKeep(answer.question)}>
              {t("answerKeep")}
            </button>
          ) : null}{" "}
          {onHide && !answer.hidden ? (
            <button type="button" className="button secondary" onClick={() => onHide(answer.question)}>
              {t("answerHide")}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
