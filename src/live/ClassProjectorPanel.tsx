import { useEffect, useState } from "react";
import type { TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { stopChoices } from "../protocol/classRules";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { QrCode } from "../ui/QrCode";
import { ClassSummaryView } from "./ClassSummaryView";
import { GuestAnswerList } from "./GuestAnswerList";
import { guestStrings } from "./guestStrings";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { endClass, leaveClass, revealResults } from "./liveClient";
import { liveStrings } from "./liveStrings";
import { ResultsBars } from "./ResultsBars";
import { StartClassButton } from "./StartClassButton";
import { TeacherClassButtons } from "./TeacherClassButtons";
import { pageAddress, useTeacherLive } from "./useLiveView";
import { useTeacherClass } from "./useTeacherClass";
import "./live.css";

export interface ClassProjectorPanelProps {
  place: TourPlace;
}

/**
 * The live class on the projector, beside the tour player: the "Classe en direct" button; then the
 * class code in huge type with the join address and its QR code, the number of pupils (never their
 * pseudonyms), the anonymous bar chart once revealed, the questions the teacher chose to show,
 * and the summary when the class ends. The clicker keeps moving the tour meanwhile.
 */
export function ClassProjectorPanel({ place }: ClassProjectorPanelProps) {
  const t = useDictionary(liveStrings);
  const g = useDictionary(guestStrings);
  const { tour, stop, step } = place;
  const live = useTeacherLive(tour);
  const problem = useStore((s) => s.liveProblem);
  const [codeShown, setCodeShown] = useState(true);
  useTeacherClass(tour, step, live !== null && live.state?.ended !== true);
  const visibleAnswers = live?.guestAnswers.filter((answer) => !answer.hidden).length ?? 0;
  // A professional's new answer takes the code's place, as the chart does; "Afficher le code" brings it back.
  useEffect(() => {
    if (visibleAnswers > 0) setCodeShown(false);
  }, [visibleAnswers]);

  if (live?.summary) {
    return (
      <div className="class-projector class-projector-summary">
        <ClassSummaryView tour={tour} summary={live.summary} onClose={leaveClass} />
      </div>
    );
  }

  if (!live) {
    return (
      <div className="class-projector">
        <StartClassButton tour={tour} step={step} className="button class-start" />
      </div>
    );
  }

  const state = live.state;
  const { choices, correct } = stopChoices(stop);
  const results = live.results[step - 1];
  const revealed = state?.revealed === true && state.step === step - 1;
  const joinAddress = pageAddress(hrefOf({ view: "class" }));
  const answered = new Set(live.guestAnswers.filter((a) => !a.hidden).map((a) => a.question));
  // A question answered shows once, beside its answer.
  const shownQuestions = live.questions.filter((q) => q.status === "shown" && !answered.has(q.id));
  const pupils = state?.pupils ?? 0;

  return (
    <div className="class-projector" data-class-projector="">
      {codeShown ? (
        <section className="class-code-card" aria-label={t("liveClassLabel")}>
          <p className="class-code-label">{t("liveCodeLabel")}</p>
          <p className="class-code" data-class-code="">
            {live.code}
          </p>
          <div className="class-join" data-class-join="">
            <p>
              {t("liveJoinAt")} <strong className="class-join-address">{joinAddress}</strong>{" "}
              {t("liveJoinCode")}
            </p>
            <QrCode text={pageAddress(hrefOf({ view: "class", code: live.code }))} label={t("liveQrLabel")} />
          </div>
          <p className="class-count" aria-live="polite">
            {t("livePupils", { n: pupils })}
          </p>
        </section>
      ) : (
        <p className="class-chip">
          {t("liveCodeLabel")} <strong>{live.code}</strong> · {t("livePupils", { n: pupils })}
        </p>
      )}
      {live.connection === "reconnecting" ? (
        <p className="class-reconnecting" role="status">
          {t("liveReconnecting")}
        </p>
      ) : null}
      <div className="button-row class-toolbar">
        <button type="button" className="button secondary" onClick={() => setCodeShown(!codeShown)}>
          {codeShown ? t("liveHideCode") : t("liveShowCode")}
        </button>
        {choices.length > 0 && !revealed ? (
          <button
            type="button"
            className="button secondary"
            data-class-reveal=""
            onClick={() => {
              // The chart takes the code's place; "Afficher le code" brings it back.
              setCodeShown(false);
              void revealResults(step - 1);
            }}
          >
            {t("liveShowResults")}
          </button>
        ) : null}
        <TeacherClassButtons mode={state?.mode ?? "follow"} onEnd={() => void endClass()} />
      </div>
      <LiveProblemAlert problem={problem} audience="teacher" />
      {revealed && choices.length > 0 ? (
        <section className="class-chart" data-class-chart="" aria-label={t("liveResultsTitle")}>
          <h2>{t("liveResultsTitle")}</h2>
          <ResultsBars
            choices={choices}
            correct={correct}
            results={results}
            showCorrect
            correctLabel={t("liveCorrect")}
            answersLabel={(n) => t("liveAnswers", { n })}
          />
        </section>
      ) : null}
      {shownQuestions.length > 0 ? (
        <section className="class-shown-questions" aria-label={t("liveQuestions")}>
          <h2>{t("liveQuestions")}</h2>
          <ul>
            {shownQuestions.map((question) => (
              <li key={question.id}>
                {question.text}
                {question.votes ? (
                  <span className="class-votes"> · {g("votesCount", { n: question.votes })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {live.guestAnswers.some((answer) => !answer.hidden) ? (
        <section className="class-projector-answers" aria-label={g("answersTitle")}>
          <h2>{g("answersTitle")}</h2>
          <GuestAnswerList answers={live.guestAnswers} />
        </section>
      ) : null}
    </div>
  );
}
