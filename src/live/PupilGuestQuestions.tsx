import { useDictionary } from "../i18n/useT";
import type { LiveClass } from "../state/liveSlice";
import { GuestAnswerList } from "./GuestAnswerList";
import { guestStrings } from "./guestStrings";
import { upvoteQuestion } from "./liveClient";

export interface PupilGuestQuestionsProps {
  live: LiveClass;
}

/**
 * On a pupil's screen: the questions the teacher put on the projector, each with "Moi aussi" (one
 * vote per pupil, so that a guest sees what the class wants most), and the professionals' answers.
 * Nothing here reaches a guest but the count.
 */
export function PupilGuestQuestions({ live }: PupilGuestQuestionsProps) {
  const t = useDictionary(guestStrings);
  const shown = live.questions.filter((question) => question.status === "shown");
  const answers = live.guestAnswers.filter((answer) => !answer.hidden);
  if (shown.length === 0 && answers.length === 0) return null;
  return (
    <section className="class-pupil-guest" aria-label={t("pupilShownTitle")}>
      {shown.length > 0 ? (
        <>
          <h2 className="class-pupil-subtitle">{t("pupilShownTitle")}</h2>
          <ul className="class-shown-list">
            {shown.map((question) => {
              const voted = live.votes.includes(question.id);
              return (
                <li key={question.id} data-shown-question={question.id}>
                  <span className="class-shown-text">{question.text}</span>
                  <button
                    type="button"
                    className="button secondary class-upvote"
                    aria-pressed={voted}
                    aria-label={t("upvoteLabel", { question: question.text })}
                    disabled={voted}
                    onClick={() => void upvoteQuestion(question.id)}
                  >
                    {voted ? `✓ ${t("upvoted")}` : t("upvote")}
                    {question.votes ? ` · ${question.votes}` : ""}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {answers.length > 0 ? (
        <>
          <h2 className="class-pupil-subtitle">{t("answersTitle")}</h2>
          <GuestAnswerList answers={answers} />
        </>
      ) : null}
    </section>
  );
}
