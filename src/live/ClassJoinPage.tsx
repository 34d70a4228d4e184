import { type FormEvent, useEffect, useId, useState } from "react";
import { useDictionary } from "../i18n/useT";
import { cleanName, limits, normalizeCode } from "../protocol/classRules";
import { showLiveProblem } from "../state/liveActions";
import { useStore } from "../state/store";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { checkHubHealth, joinClass, leaveClass, resumeClass } from "./liveClient";
import { readPupilSession } from "./liveSessions";
import { liveStrings } from "./liveStrings";
import "./live.css";

export interface ClassJoinPageProps {
  /** The code from the address (`#/classe/<code>`, the QR code's). */
  code: string | undefined;
}

/**
 * `#/classe`: a pupil joins a live class with its code and a pseudonym (no account, no e-mail),
 * or comes back to the one of this tab after a reload. Once in, the stage shows the class's stop
 * (see `ClassPupilOverlay`) and this page steps aside; it says so when the class ends, and when
 * the site is served without a hub.
 */
export function ClassJoinPage({ code: codeFromUrl }: ClassJoinPageProps) {
  const t = useDictionary(liveStrings);
  const live = useStore((s) => s.live);
  const classStop = useStore((s) => s.classStop);
  const hubHealth = useStore((s) => s.hubHealth);
  const problem = useStore((s) => s.liveProblem);
  const [code, setCode] = useState(codeFromUrl ?? "");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const codeId = useId();
  const nameId = useId();

  useEffect(() => {
    showLiveProblem(null);
    void checkHubHealth().then((available) => {
      if (available && readPupilSession()) void resumeClass();
    });
  }, []);
  useEffect(() => {
    if (codeFromUrl !== undefined) setCode(codeFromUrl);
  }, [codeFromUrl]);

  const pupilLive = live?.role === "pupil" ? live : null;
  // Following the class: the stage is the page.
  if (pupilLive?.state && !pupilLive.state.ended && classStop) return null;

  if (pupilLive?.state?.ended) {
    return (
      <div className="page class-page">
        <h1>{t("liveJoinTitle")}</h1>
        <p role="status" data-class-ended="">
          {t("liveClassEnded")}
        </p>
        <button type="button" className="button" onClick={leaveClass}>
          {t("liveClose")}
        </button>
      </div>
    );
  }

  if (pupilLive) {
    return (
      <div className="page class-page">
        <h1>{t("liveJoinTitle")}</h1>
        <p role="status">{pupilLive.state ? t("liveStopMissing") : t("liveWaiting")}</p>
        <button type="button" className="button secondary" onClick={leaveClass}>
          {t("liveLeave")}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Refused here already, with the same words as the hub's: no request for a code of the wrong shape.
    if (normalizeCode(code) === null) return showLiveProblem("bad-payload");
    if (cleanName(name) === null) return showLiveProblem("bad-name");
    setBusy(true);
    await joinClass(code, name);
    setBusy(false);
  };

  return (
    <div className="page class-page">
      <h1>{t("liveJoinTitle")}</h1>
      {hubHealth === "unavailable" ? (
        <>
          <p className="class-alert" role="alert" data-class-problem="no-hub">
            {t("liveNoHubPupil")}
          </p>
          <button type="button" className="button secondary" onClick={() => void checkHubHealth(true)}>
            {t("liveRetryHub")}
          </button>
        </>
      ) : (
        <>
          <p className="lead">{t("liveJoinIntro")}</p>
          {hubHealth === "checking" || hubHealth === "unknown" ? (
            <p role="status" className="muted">
              {t("liveChecking")}
            </p>
          ) : null}
          <form className="class-join-form" onSubmit={(event) => void submit(event)} noValidate>
            <label htmlFor={codeId}>{t("liveCodeLabel")}</label>
            <input
              id={codeId}
              name="code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              inputMode="text"
              maxLength={16}
              className="class-code-input"
            />
            <label htmlFor={nameId}>{t("livePseudo")}</label>
            <input
              id={nameId}
              name="pseudo"
              value={name}
              onChange={(event) => setName(event.target.value)}
              autoComplete="off"
              maxLength={limits.nameMax + 8}
            />
            <button type="submit" className="button class-join-button" disabled={busy}>
              {busy ? t("liveJoining") : t("liveJoin")}
            </button>
          </form>
          <LiveProblemAlert problem={problem} audience="pupil" />
        </>
      )}
    </div>
  );
}
