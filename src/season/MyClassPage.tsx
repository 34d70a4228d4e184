import { type FormEvent, useEffect, useId, useState } from "react";
import { communes } from "../content/communes";
import type { ContentIndex } from "../content/contentIndex";
import { useDictionary } from "../i18n/useT";
import { classLevels, departementOfTown, departements } from "../protocol/seasonSchema";
import { navigate } from "../state/actions";
import { forgetMyClass, parseClassCard, readMyClass, writeMyClass } from "../state/myClassStorage";
import { hrefOf } from "../state/route";
import { QrCode } from "../ui/QrCode";
import { MyClassSlots } from "./MyClassSlots";
import { SeasonSummary } from "./SeasonSummary";
import { seasonRequest } from "./seasonClient";
import { seasonErrorKey, seasonStrings } from "./seasonStrings";
import { useMyClassSeason } from "./useMyClassSeason";
import "./season.css";

export interface MyClassPageProps {
  content: ContentIndex;
  /** `<classId>.<classKey>` from the class card's QR code (`#/ma-classe/carte/…`). */
  card: string | undefined;
}

/**
 * `#/ma-classe`: a teacher creates the class (school, town, level, label: no personal data) or
 * opens it from its card; then sees its season, prints the « carte de la classe », joins a
 * challenge, or deletes the class with all its rows.
 */
export function MyClassPage({ content, card }: MyClassPageProps) {
  const t = useDictionary(seasonStrings);
  const { load, reload } = useMyClassSeason();
  const [error, setError] = useState<string | null>(null);

  // A card scanned: kept in this browser, then out of the address bar (it is a key).
  useEffect(() => {
    if (card === undefined) return;
    const parsed = parseClassCard(card);
    if (parsed) writeMyClass({ ...parsed, label: readMyClass()?.label ?? "" });
    else setError("badCard");
    navigate({ view: "myClass" }, "replace");
    reload();
  }, [card, reload]);

  return (
    <div className="page season-page" data-my-class="">
      <h1>{t("myClassTitle")}</h1>
      <p className="season-intro">{t("myClassIntro")}</p>
      {error ? (
        <p role="alert" className="season-alert">
          {error === "badCard" ? t("badCard") : t(seasonErrorKey(error))}
        </p>
      ) : null}
      {load.status === "none" ? (
        <div className="season-columns">
          <CreateClassForm onDone={reload} />
          <OpenClassForm onDone={reload} />
        </div>
      ) : load.status === "loading" ? (
        <p role="status">{t("loading")}</p>
      ) : load.status === "error" ? (
        <>
          <p role="alert" className="season-alert">
            {t(seasonErrorKey(load.error))}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={reload}>
              ↻ {t("open")}
            </button>
          </div>
          {load.error === "bad-class-key" ? (
            <div className="season-columns">
              <CreateClassForm onDone={reload} />
              <OpenClassForm onDone={reload} />
            </div>
          ) : null}
        </>
      ) : (
        <>
          <SeasonSummary content={content} season={load.season} />
          <p className="button-row">
            <a className="button" href={hrefOf({ view: "passport" })}>
              {t("passportLink")}
            </a>
            <a className="button secondary" href={hrefOf({ view: "tours" })}>
              {t("toursLink")}
            </a>
          </p>
          <p className="muted">{t("howToCount")}</p>
          <ClassCard
            classId={load.myClass.classId}
            classKey={load.myClass.classKey}
            label={load.myClass.label}
          />
          <MyClassSlots classId={load.myClass.classId} classKey={load.myClass.classKey} />
          <JoinDefiForm defis={load.season.defis ?? []} onDone={reload} />
          <DeleteClass label={load.myClass.label} onDone={reload} />
        </>
      )}
    </div>
  );
}

function CreateClassForm({ onDone }: { onDone: () => void }) {
  const t = useDictionary(seasonStrings);
  const ids = {
    school: useId(),
    town: useId(),
    towns: useId(),
    dep: useId(),
    level: useId(),
    label: useId(),
  };
  const [form, setForm] = useState({ school: "", town: "", departement: "", level: "4e", label: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inList = departementOfTown(form.town) !== null;
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const payload = {
      school: form.school,
      town: form.town,
      level: form.level as (typeof classLevels)[number],
      label: form.label,
      ...(!inList && form.departement
        ? { departement: form.departement as (typeof departements)[number] }
        : {}),
    };
    const reply = await seasonRequest("season:create", payload).catch(() => null);
    setBusy(false);
    if (!reply?.ok) {
      setError(reply ? reply.error : "offline");
      return;
    }
    writeMyClass({
      classId: reply.classId,
      classKey: reply.classKey,
      label: `${form.label.trim()} · ${form.school.trim()}`,
    });
    onDone();
  };

  return (
    <form className="season-card" onSubmit={(event) => void submit(event)} data-season-create="">
      <h2>{t("createTitle")}</h2>
      <label htmlFor={ids.school}>{t("school")}</label>
      <input
        id={ids.school}
        value={form.school}
        onChange={set("school")}
        required
        minLength={2}
        maxLength={80}
      />
      <label htmlFor={ids.town}>{t("town")}</label>
      <input
        id={ids.town}
        list={ids.towns}
        value={form.town}
        onChange={set("town")}
        required
        minLength={2}
        maxLength={60}
        autoComplete="off"
      />
      <datalist id={ids.towns}>
        {communes.map((commune) => (
          <option key={commune.name} value={commune.name} />
        ))}
      </datalist>
      {form.town.trim().length >= 2 && !inList ? (
        <>
          <label htmlFor={ids.dep}>{t("departement")}</label>
          <select id={ids.dep} value={form.departement} onChange={set("departement")} required>
            <option value="" />
            {departements.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor={ids.level}>{t("level")}</label>
      <select id={ids.level} value={form.level} onChange={set("level")}>
        {classLevels.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
      <label htmlFor={ids.label}>{t("label")}</label>
      <input id={ids.label} value={form.label} onChange={set("label")} required maxLength={40} />
      <p className="muted">{t("labelHint")}</p>
      {error ? (
        <p role="alert" className="season-alert">
          {t(seasonErrorKey(error))}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("creating") : t("create")}
      </button>
    </form>
  );
}

function OpenClassForm({ onDone }: { onDone: () => void }) {
  const t = useDictionary(seasonStrings);
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The whole card address works too (the QR code's text).
    const parsed = parseClassCard(text.split("/carte/").at(-1) ?? "");
    if (!parsed) {
      setError(true);
      return;
    }
    writeMyClass({ ...parsed, label: "" });
    onDone();
  };
  return (
    <form className="season-card" onSubmit={submit}>
      <h2>{t("openTitle")}</h2>
      <p className="muted">{t("openHint")}</p>
      <label htmlFor={id}>{t("cardText")}</label>
      <input
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        required
        autoComplete="off"
      />
      {error ? (
        <p role="alert" className="season-alert">
          {t("badCard")}
        </p>
      ) : null}
      <button type="submit" className="button secondary">
        {t("open")}
      </button>
    </form>
  );
}

function ClassCard({ classId, classKey, label }: { classId: string; classKey: string; label: string }) {
  const t = useDictionary(seasonStrings);
  const cardText = `${classId}.${classKey}`;
  const address = `${location.origin}${location.pathname}${hrefOf({ view: "myClass", card: cardText })}`;
  return (
    <section className="season-card class-card" data-class-card="" aria-labelledby="class-card-title">
      <h2 id="class-card-title">{t("cardTitle")}</h2>
      {label ? <p className="class-card-label">{label}</p> : null}
      <QrCode text={address} label={t("cardQr")} className="season-qr" />
      <p className="class-card-text">
        <code>{cardText}</code>
      </p>
      <p className="muted">{t("cardHint")}</p>
      <button type="button" className="button secondary" onClick={() => window.print()}>
        {t("printCard")}
      </button>
    </section>
  );
}

function JoinDefiForm({ defis, onDone }: { defis: readonly string[]; onDone: () => void }) {
  const t = useDictionary(seasonStrings);
  const id = useId();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const myClass = readMyClass();
    if (!myClass) return;
    const reply = await seasonRequest("defi:join", { ...myClass, defi: code }).catch(() => null);
    if (reply?.ok) {
      setMessage({ ok: true, text: t("joined", { code: code.toUpperCase() }) });
      onDone();
    } else setMessage({ ok: false, text: t(seasonErrorKey(reply ? reply.error : "offline")) });
  };
  return (
    <form className="season-card" onSubmit={(event) => void submit(event)}>
      <h2>{t("defiTitle")}</h2>
      {defis.length > 0 ? (
        <p>
          {t("defisJoined")}{" "}
          {defis.map((defi) => (
            <a key={defi} href={hrefOf({ view: "defi", code: defi })} className="season-defi-link">
              {defi}
            </a>
          ))}
        </p>
      ) : null}
      <p className="muted">{t("defiHint")}</p>
      <label htmlFor={id}>{t("defiCode")}</label>
      <input
        id={id}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        required
        maxLength={12}
        autoComplete="off"
      />
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "" : "season-alert"}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="button secondary">
        {t("join")}
      </button>
    </form>
  );
}

function DeleteClass({ label, onDone }: { label: string; onDone: () => void }) {
  const t = useDictionary(seasonStrings);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const myClass = readMyClass();
    if (!myClass || !window.confirm(t("deleteConfirm", { label }))) return;
    const reply = await seasonRequest("season:delete", myClass).catch(() => null);
    if (!reply?.ok) {
      setError(reply ? reply.error : "offline");
      return;
    }
    forgetMyClass();
    onDone();
  };
  return (
    <section className="season-card season-danger" aria-labelledby="season-delete-title">
      <h2 id="season-delete-title">{t("deleteTitle")}</h2>
      <p className="muted">{t("deleteHint")}</p>
      {error ? (
        <p role="alert" className="season-alert">
          {t(seasonErrorKey(error))}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button danger" onClick={() => void remove()}>
          {t("delete")}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            forgetMyClass();
            onDone();
          }}
        >
          {t("forget")}
        </button>
      </div>
    </section>
  );
}
