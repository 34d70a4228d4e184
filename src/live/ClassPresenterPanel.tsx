import type { TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { stopChoices } from "../protocol/classRules";
import type { ClassQuestion } from "../protocol/schema";
import { useStore } from "../state/store";
import { ClassSeasonNotice } from "./ClassSeasonNotice";
import { ClassSummaryView } from "./ClassSummaryView";
import { guestStrings } from "./guestStrings";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { endClass, leaveClass, moderateQuestion, revealResults } from "./liveClient";
import { type LiveStringKey, liveStrings } from "./liveStrings";
import { PresenterGuestAnswers } from "./PresenterGuestAnswers";
import { PresenterSlots } from "./PresenterSlots";
import { ResultsBars } from "./ResultsBars";
import { StartClassButton } from "./StartClassButton";
import { TeacherClassButtons } from "./TeacherClassButtons";
import { useTeacherLive } from "./useLiveView";
import { useTeacherClass } from "./useTeacherClass";
import "./live.css";

export interface ClassPresenterPanelProps {
  place: TourPlace;
}

const statusKeys: Record<ClassQuestion["status"], LiveStringKey> = {
  new: "liveStatusNew",
  shown: "liveStatusShown",
  hidden: "liveStatusHidden",
  done: "liveStatusDone",
};

/**
 * The live class in the presenter's window: start it, then the pupils connected (count and
 * pseudonyms — only here, never on the projector), the live tally of the current stop's answers,
 * the pupils' questions to show on the projector, hide or mark done, the free mode, the results,
 * and the end of the class with its summary.
 */
export function ClassPresenterPanel({ place }: ClassPresenterPanelProps) {
  const t = useDictionary(liveStrings);
  const g = useDictionary(guestStrings);
  const { tour, stop, step } = place;
  const live = useTeacherLive(tour);
  const problem = useStore((s) => s.liveProblem);
  useTeacherClass(tour, step, live !== null && live.state?.ended !== true);

  if (live?.summary)
    return (
      <div className="page presenter class-presenter">
        <ClassSeasonNotice />
        <ClassSummaryView tour={tour} summary={live.summary} onClose={leaveClass} />
      </div>
    );

  if (!live) {
    return (
      <section className="page presenter class-presenter" aria-labelledby="class-presenter-title">
        <h2 id="class-presenter-title">{t("liveClassLabel")}</h2>
        <ClassSeasonNotice />
        <StartClassButton tour={tour} step={step} />
      </section>
    );
  }

  const state = live.state;
  const { choices, correct } = stopChoices(stop);
  const revealed = state?.revealed === true && state.step === step - 1;
  const pupils = state?.pupils ?? 0;
  return (
    <section className="page presenter class-presenter" aria-labelledby="class-presenter-title">
      <header className="class-presenter-head">
        <h2 id="class-presenter-title">
          {t("liveClassLabel")} · {t("liveCodeLabel")} <strong>{live.code}</strong>
        </h2>
        <p className="class-count">
          <strong data-class-pupils={pupils}>{pupils}</strong> {t("livePupilsWord", { n: pupils })}
        </p>
        {step < tour.stops.length ? (
          <p className="class-ready" data-class-ready={live.readiness[step] ?? 0} aria-live="polite">
            {t("liveDevicesReadyNext", { n: live.readiness[step] ?? 0, total: pupils })}
          </p>
        ) : null}
      </header>
      <ClassSeasonNotice />
      {live.connection === "reconnecting" ? (
        <p className="class-reconnecting" role="status">
          {t("liveReconnecting")}
        </p>
      ) : null}
      <p className="muted">{state?.mode === "free" ? t("liveModeFree") : t("liveModeFollow")}</p>
      <div className="button-row">
        {choices.length > 0 && !revealed ? (
          <button
            type="button"
            className="button"
            data-class-reveal=""
            onClick={() => void revealResults(step - 1)}
          >
            {t("liveShowResults")}
          </button>
        ) : null}
        <TeacherClassButtons mode={state?.mode ?? "follow"} onEnd={() => void endClass()} />
      </div>
      <LiveProblemAlert problem={problem} audience="teacher" />
      <div className="presenter-grid">
        <section data-class-results="" aria-labelledby="class-results-title">
          <h3 id="class-results-title">{t("liveResultsTitle")}</h3>
          {stop.question ? <p>{stop.question.prompt}</p> : null}
          {choices.length > 0 ? (
            <ResultsBars
              choices={choices}
              correct={correct}
              results={live.results[step - 1]}
              showCorrect
              correctLabel={t("liveCorrect")}
              answersLabel={(n) => t("liveAnswers", { n })}
            />
          ) : (
            <p className="muted">{stop.question ? t("liveOpenQuestion") : t("liveNoQuestion")}</p>
          )}
          {revealed ? <p className="muted">{t("liveRevealedNote")}</p> : null}
        </section>
        <section aria-labelledby="class-questions-title">
          <h3 id="class-questions-title">{t("liveQuestions")}</h3>
          <ol className="class-questions" data-class-questions="">
            {live.questions.map((question) => (
              <li key={question.id} data-question-status={question.status}>
                <p className="class-question-text">{question.text}</p>
                <p className="class-question-tools">
                  <span className="muted">{t(statusKeys[question.status])}</span>{" "}
                  {question.votes ? (
                    <span className="class-votes" data-question-votes={question.votes}>
                      {g("votesCount", { n: question.votes })}
                    </span>
                  ) : null}{" "}
                  {question.status !== "shown" ? (
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => void moderateQuestion(question.id, "show")}
                    >
                      {t("liveQuestionShow")}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => void moderateQuestion(question.id, "hide")}
                    >
                      {t("liveQuestionHide")}
                    </button>
                  )}{" "}
                  {question.status !== "done" ? (
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => void moderateQuestion(question.id, "done")}
                    >
                      {t("liveQuestionDone")}
                    </button>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
          {live.questions.length === 0 ? <p className="muted">{t("liveQuestionsEmpty")}</p> : null}
          <PresenterGuestAnswers live={live} />
          <PresenterSlots live={live} />
          <h3>{t("liveRoster")}</h3>
          {live.roster.length > 0 ? (
            <ul className="class-roster" data-class-roster="">
              {live.roster.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("liveRosterEmpty")}</p>
          )}
        </section>
      </div>
    </section>
  );
}
