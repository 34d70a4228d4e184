import { type FormEvent, useEffect, useId, useState } from "react";
import type { TourPlace } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { limits, stopChoices } from "../protocol/classRules";
import { useStore } from "../state/store";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { answerStep, askQuestion, leaveClass } from "./liveClient";
import { liveStrings } from "./liveStrings";
import { PupilGuestQuestions } from "./PupilGuestQuestions";
import { useClassTourPrefetch } from "./useClassTourPrefetch";
import "./live.css";

export interface ClassPupilOverlayProps {
  /** The class's current stop. */
  place: TourPlace;
}

/**
 * A pupil's screen over the stage (phone or school PC): where the class is (`[data-tour-step]`
 * "n / N"), the narration, the question's choices as big buttons (one answer, changeable until the
 * teacher shows the results, then the tally), and the "Poser une question" box.
 */
export function ClassPupilOverlay({ place }: ClassPupilOverlayProps) {
  const t = useDictionary(liveStrings);
  const live = useStore((s) => s.live);
  const problem = useStore((s) => s.liveProblem);
  const [panelOpen, setPanelOpen] = useState(true);
  const [question, setQuestion] = useState("");
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);
  const askId = useId();
  const panelId = useId();
  const free = live?.state?.mode === "free";
  // "Mode libre" folds the text away so the workshop is the pupil's to walk; "Rappel" brings it back.
  useEffect(() => setPanelOpen(!free), [free]);
  useClassTourPrefetch(place.tour, place.step, live?.role === "pupil");
  if (live?.role !== "pupil" || !live.state) return null;

  const { stop, step, total, machine, company, workshop } = place;
  const { choices, correct } = stopChoices(stop);
  const index = step - 1;
  const revealed = live.state.revealed && live.state.step === index;
  const results = revealed ? live.results[index] : undefined;
  const mine = live.answers[index];

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const text = question.trim();
    if (text.length === 0 || sending) return;
    setSending(true);
    const refused = await askQuestion(text);
    setSending(false);
    if (refused === null) {
      setQuestion("");
      setSent(true);
    }
  };

  return (
    <div className="class-pupil" data-class-pupil={live.code}>
      <div className="class-pupil-bar">
        <span className="class-pupil-code">
          <span className="class-pupil-label">{t("liveClassLabel")} · </span>
          <strong>{live.code}</strong>
        </span>
        <span className="class-pupil-step" data-tour-step="" aria-live="polite">
          {step} / {total}
        </span>
        {live.deviceReady ? (
          <span
            className="class-pupil-offline"
            role="status"
            data-class-offline-ready={live.deviceReady.stops.length}
            data-class-offline-total={live.deviceReady.total}
          >
            {t("liveDeviceReady", { n: live.deviceReady.stops.length, total: live.deviceReady.total })}
          </span>
        ) : null}
        {live.connection === "reconnecting" || live.connection === "connecting" ? (
          <span className="class-reconnecting" role="status" data-class-reconnecting="">
            {t("liveReconnecting")}
          </span>
        ) : null}
        <button
          type="button"
          className="button secondary class-pupil-toggle"
          aria-expanded={panelOpen}
          aria-controls={panelId}
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {panelOpen ? t("liveHidePanel") : t("liveShowPanel")}
        </button>
      </div>
      {free ? (
        <p className="class-pupil-free" role="status">
          {t("liveFreeWalk")}
        </p>
      ) : null}
      <section
        id={panelId}
        className="class-pupil-panel"
        hidden={!panelOpen}
        aria-label={t("liveClassLabel")}
      >
        <p className="class-pupil-place">
          <strong>{machine.name}</strong> · {company.name}, {company.town} · {workshop.name}
        </p>
        <p className="class-pupil-narration" data-tour-narration="">
          {stop.narration}
        </p>
        {stop.question ? (
          <div className="class-pupil-question">
            <p className="class-pupil-prompt">{stop.question.prompt}</p>
            {choices.length > 0 ? (
              <fieldset className="class-choices" disabled={revealed}>
                <legend className="visually-hidden">{t("liveAnswerPrompt")}</legend>
                {choices.map((choice, choiceIndex) => {
                  const count = results?.counts[choiceIndex] ?? 0;
                  const share = results && results.total > 0 ? Math.round((count / results.total) * 100) : 0;
                  const right = revealed && choiceIndex === correct;
                  return (
                    <button
                      key={choice}
                      type="button"
                      className="class-choice"
                      data-class-choice={choiceIndex}
                      data-correct={right ? "" : undefined}
                      aria-pressed={mine === choiceIndex}
                      disabled={revealed}
                      onClick={() => void answerStep(index, choiceIndex)}
                    >
                      <span className="class-choice-text">{choice}</span>
                      {revealed ? (
                        <span className="class-choice-result">
                          {right ? `✓ ${t("liveCorrect")} · ` : ""}
                          {mine === choiceIndex ? `${t("liveYourChoice")} · ` : ""}
                          {share} %
                        </span>
                      ) : null}
                      {revealed ? (
                        <span
                          className="class-choice-bar"
                          aria-hidden="true"
                          style={{ width: `${share}%` }}
                        />
                      ) : null}
                    </button>
                  );
                })}
              </fieldset>
            ) : null}
            {mine !== undefined && !revealed ? (
              <p className="muted" role="status">
                {t("liveAnswerKept")}
              </p>
            ) : null}
          </div>
        ) : null}
        <PupilGuestQuestions live={live} />
        <LiveProblemAlert problem={problem} audience="pupil" />
        <form className="class-ask" onSubmit={(event) => void ask(event)}>
          <label htmlFor={askId}>{t("liveAsk")}</label>
          <textarea
            id={askId}
            value={question}
            maxLength={limits.questionMax}
            rows={2}
            onChange={(event) => {
              setQuestion(event.target.value);
              setSent(false);
            }}
          />
          <div className="class-ask-row">
            <span className="muted">
              {t("liveAskCount", { n: question.length, max: limits.questionMax })}
            </span>
            <button type="submit" className="button" disabled={sending || question.trim().length === 0}>
              {t("liveAskSend")}
            </button>
          </div>
          {sent ? (
            <p role="status" className="class-ask-sent">
              {t("liveAskSent")}
            </p>
          ) : null}
        </form>
        <button type="button" className="button secondary class-leave" onClick={leaveClass}>
          {t("liveLeave")}
        </button>
      </section>
    </div>
  );
}
