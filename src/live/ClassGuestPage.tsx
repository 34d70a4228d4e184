import { type FormEvent, useEffect, useId, useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { resolveTourStop } from "../content/resolvePlace";
import { useDictionary } from "../i18n/useT";
import { limits } from "../protocol/classRules";
import { tourOfState } from "../state/liveActions";
import { useStore } from "../state/store";
import { GuestAnswerList } from "./GuestAnswerList";
import { guestStrings } from "./guestStrings";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { joinAsGuest, replyToQuestion } from "./liveClient";
import { useTradeTitle } from "./useTradeTitle";
import "./live.css";

export interface ClassGuestPageProps {
  content: ContentIndex;
  /** The class code and the guest secret, from the guest link `#/classe/<code>/invite/<secret>`. */
  code: string;
  guest: string;
}

/**
 * A professional's page in a live class: the stop the class is at, the pupils' questions the
 * teacher let through (most asked first), and one answer box. No pseudonym and no class list ever
 * reach this page; it can neither lead the class nor write to a pupil.
 */
export function ClassGuestPage({ content, code, guest }: ClassGuestPageProps) {
  const t = useDictionary(guestStrings);
  const tradeTitle = useTradeTitle();
  const live = useStore((s) => s.live);
  const problem = useStore((s) => s.liveProblem);
  const [chosen, setChosen] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [consent, setConsent] = useState(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const answerId = useId();
  const consentId = useId();

  useEffect(() => {
    void joinAsGuest(code, guest);
  }, [code, guest]);

  const mine = live?.role === "guest" ? live : null;
  if (!mine?.state) {
    return (
      <div className="page class-page class-guest">
        <h1>{t("guestTitle")}</h1>
        {problem ? (
          <LiveProblemAlert problem={problem} audience="pupil" />
        ) : (
          <p role="status">{t("guestJoining")}</p>
        )}
      </div>
    );
  }

  const { state, signature, questions, guestAnswers } = mine;
  if (state.ended) {
    return (
      <div className="page class-page class-guest">
        <h1>{t("guestTitle")}</h1>
        <p role="status" data-class-ended="">
          {t("guestEnded")}
        </p>
      </div>
    );
  }

  const tour = tourOfState(state);
  const place = tour ? resolveTourStop(content, tour, Math.min(state.step, tour.stops.length - 1) + 1) : null;
  const shown = questions
    .filter((question) => question.status === "shown")
    .toSorted((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  const answered = new Set(
    guestAnswers
      .filter(
        (answer) => answer.by.firstName === signature?.firstName && answer.by.trade === signature?.trade,
      )
      .map((answer) => answer.question),
  );
  const selected =
    shown.find((question) => question.id === chosen) ??
    shown.find((question) => !answered.has(question.id)) ??
    null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = text.trim();
    if (!selected || answer.length === 0 || sending) return;
    setSending(true);
    const refused = await replyToQuestion(selected.id, answer, consent);
    setSending(false);
    if (refused === null) {
      setText("");
      setSent(true);
      setChosen(null);
    }
  };

  return (
    <div className="page class-page class-guest" data-class-guest={mine.code}>
      <h1>{t("guestTitle")}</h1>
      <p className="lead">{t("guestIntro")}</p>
      {signature ? (
        <p className="class-guest-signature">
          {t("guestSignedAs", { firstName: signature.firstName, trade: tradeTitle(signature.trade) })}
        </p>
      ) : null}
      <p className="muted">{t("guestRules")}</p>

      <section className="class-guest-stop" aria-labelledby="guest-stop-title">
        <h2 id="guest-stop-title">{t("guestStopTitle")}</h2>
        {place ? (
          <>
            <p className="muted" data-tour-step="">
              {place.step} / {place.total}
            </p>
            <p>
              <strong>{place.machine.name}</strong> · {place.company.name}, {place.company.town} ·{" "}
              {place.workshop.name}
            </p>
            <p data-tour-narration="">{place.stop.narration}</p>
          </>
        ) : (
          <p className="muted">{t("guestNoStop")}</p>
        )}
      </section>

      <section className="class-guest-questions" aria-labelledby="guest-questions-title">
        <h2 id="guest-questions-title">{t("guestQuestions")}</h2>
        {shown.length === 0 ? <p className="muted">{t("guestQuestionsEmpty")}</p> : null}
        <ol className="class-questions" data-class-questions="">
          {shown.map((question) => (
            <li key={question.id} data-question-status={question.status} data-question-id={question.id}>
              <p className="class-question-text">{question.text}</p>
              <p className="class-question-tools">
                {question.votes ? (
                  <span className="class-votes" data-question-votes={question.votes}>
                    {t("guestVotes", { n: question.votes })}
                  </span>
                ) : null}{" "}
                {answered.has(question.id) ? <span className="muted">✓ {t("guestAnswered")}</span> : null}{" "}
                <button
                  type="button"
                  className="button secondary"
                  aria-pressed={selected?.id === question.id}
                  onClick={() => {
                    setChosen(question.id);
                    setSent(false);
                    document.getElementById(answerId)?.focus();
                  }}
                >
                  {selected?.id === question.id ? t("guestChosen") : t("guestChoose")}
                </button>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <form className="class-ask class-guest-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={answerId}>{t("guestYourAnswer")}</label>
        <p className="muted" aria-live="polite">
          {selected ? t("guestAnswerFor", { question: selected.text }) : t("guestPickFirst")}
        </p>
        <textarea
          id={answerId}
          value={text}
          maxLength={limits.replyMax}
          rows={5}
          onChange={(event) => {
            setText(event.target.value);
            setSent(false);
          }}
        />
        <p className="class-guest-consent">
          <input
            id={consentId}
            type="checkbox"
            checked={consent}
            onChange={(event) => setConsent(event.target.checked)}
          />{" "}
          <label htmlFor={consentId}>{t("guestConsent")}</label>
        </p>
        <div className="class-ask-row">
          <span className="muted">{t("guestCount", { n: text.length, max: limits.replyMax })}</span>
          <button
            type="submit"
            className="button"
            disabled={sending || selected === null || text.trim().length === 0}
          >
            {sending ? t("guestSending") : t("guestSend")}
          </button>
        </div>
        {sent ? (
          <p role="status" className="class-ask-sent">
            {t("guestSent")}
          </p>
        ) : null}
        <LiveProblemAlert problem={problem} audience="pupil" />
      </form>

      {guestAnswers.some((answer) => !answer.hidden) ? (
        <section aria-labelledby="guest-answers-title">
          <h2 id="guest-answers-title">{t("answersTitle")}</h2>
          <GuestAnswerList answers={guestAnswers} />
        </section>
      ) : null}
    </div>
  );
}
