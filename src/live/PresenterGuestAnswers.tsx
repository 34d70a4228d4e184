import { type FormEvent, useId, useState } from "react";
import { useDictionary } from "../i18n/useT";
import type { LiveClass } from "../state/liveSlice";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { GuestAnswerList } from "./GuestAnswerList";
import { guestStrings } from "./guestStrings";
import { inviteGuest, moderateQuestion } from "./liveClient";
import { pageAddress } from "./useLiveView";

export interface PresenterGuestAnswersProps {
  live: LiveClass;
}

/**
 * In the presenter's window: invite a professional (a guest link with a first name and a trade
 * from the catalogue), and the guests' answers with "Masquer la réponse" — hidden, an answer
 * leaves the projector and every pupil's screen.
 */
export function PresenterGuestAnswers({ live }: PresenterGuestAnswersProps) {
  const t = useDictionary(guestStrings);
  const content = useStore((s) => s.content);
  const [firstName, setFirstName] = useState("");
  const [trade, setTrade] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const tradeId = useId();
  const linkId = useId();
  const jobs =
    content.status === "ready"
      ? content.content.jobs.toSorted((a, b) => a.title.localeCompare(b.title, "fr"))
      : [];

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || firstName.trim().length === 0 || trade === "") return;
    setBusy(true);
    const result = await inviteGuest(firstName.trim(), trade);
    setBusy(false);
    if (result.ok) {
      setLink(pageAddress(hrefOf({ view: "classGuest", code: live.code, guest: result.guest })));
      setCopied(false);
    }
  };

  return (
    <section className="class-guest-panel" aria-labelledby="class-guest-panel-title">
      <h3 id="class-guest-panel-title">{t("answersTitle")}</h3>
      {live.guestAnswers.length > 0 ? (
        <GuestAnswerList
          answers={live.guestAnswers}
          showHidden
          onHide={(question) => void moderateQuestion(question, "hide-answer")}
          onKeep={(question) => void moderateQuestion(question, "keep-answer")}
        />
      ) : null}
      <details className="class-invite">
        <summary>{t("inviteTitle")}</summary>
        <p className="muted">{t("inviteIntro")}</p>
        <form className="class-invite-form" onSubmit={(event) => void invite(event)}>
          <label htmlFor={nameId}>{t("inviteFirstName")}</label>
          <input
            id={nameId}
            value={firstName}
            maxLength={40}
            autoComplete="off"
            onChange={(event) => setFirstName(event.target.value)}
          />
          <label htmlFor={tradeId}>{t("inviteTrade")}</label>
          <select id={tradeId} value={trade} onChange={(event) => setTrade(event.target.value)}>
            <option value="">—</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </select>
          <button type="submit" className="button" disabled={busy || firstName.trim() === "" || trade === ""}>
            {t("inviteSend")}
          </button>
        </form>
        {link ? (
          <div className="class-invite-link">
            <label htmlFor={linkId}>{t("inviteLink")}</label>
            <input
              id={linkId}
              readOnly
              value={link}
              data-class-guest-link=""
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(link).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              {t("inviteCopy")}
            </button>
            {copied ? <span role="status">{t("inviteCopied")}</span> : null}
          </div>
        ) : null}
      </details>
    </section>
  );
}
