import { type FormEvent, useEffect, useId, useState } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { useDictionary } from "../i18n/useT";
import type { Slot } from "../protocol/slotSchema";
import { slotLimits } from "../protocol/slotSchema";
import { showLiveProblem } from "../state/liveActions";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { downloadCalendar } from "./downloadCalendar";
import { LiveProblemAlert } from "./LiveProblemAlert";
import { checkHubHealth, hubRequest } from "./liveClient";
import { ProFaqSection } from "./ProFaqSection";
import { slotStrings } from "./slotStrings";
import { pageAddress } from "./useLiveView";
import { useSlotText } from "./useSlotText";
import { useTradeTitle } from "./useTradeTitle";
import "./live.css";

export interface ProPageProps {
  content: ContentIndex;
}

const durations = [15, 30, 45, 60, 90, 120].filter(
  (n) => n >= slotLimits.minMinutes && n <= slotLimits.maxMinutes,
);

/**
 * `#/pro`: a company opens its space with its key (kept in this page's memory only), publishes
 * slots when one of its professionals can answer a class (date, time, length, first name, trade),
 * and sees them open or booked, each with a `.ics` reminder.
 */
export function ProPage({ content }: ProPageProps) {
  const t = useDictionary(slotStrings);
  const tradeTitle = useTradeTitle();
  const { when } = useSlotText();
  const hubHealth = useStore((s) => s.hubHealth);
  const problem = useStore((s) => s.liveProblem);
  const [company, setCompany] = useState(content.companies[0]?.id ?? "");
  const [key, setKey] = useState("");
  const [opened, setOpened] = useState<{ company: string; key: string } | null>(null);
  const [slots, setSlots] = useState<Slot[]>([]);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState(false);
  const [date, setDate] = useState("");
  const [time, setTime] = useState("14:00");
  const [minutes, setMinutes] = useState(30);
  const [firstName, setFirstName] = useState("");
  const [trade, setTrade] = useState("");
  const ids = {
    company: useId(),
    key: useId(),
    date: useId(),
    time: useId(),
    minutes: useId(),
    name: useId(),
    trade: useId(),
  };

  useEffect(() => {
    showLiveProblem(null);
    void checkHubHealth();
  }, []);

  const companies = content.companies.toSorted((a, b) => a.name.localeCompare(b.name, "fr"));
  const companyJobs = (id: string) => {
    const jobIds = new Set(
      content.companyById
        .get(id)
        ?.workshops.flatMap((workshop) => workshop.machines.flatMap((machine) => machine.jobs)) ?? [],
    );
    const listed = content.jobs.filter((job) => jobIds.has(job.id));
    return (listed.length > 0 ? listed : content.jobs).toSorted((a, b) =>
      a.title.localeCompare(b.title, "fr"),
    );
  };

  const refresh = async (credentials: { company: string; key: string }) => {
    const reply = await hubRequest("slot:mine", {
      companyKey: credentials.key,
      company: credentials.company,
    });
    showLiveProblem(reply.ok ? null : reply.error);
    if (reply.ok) setSlots(reply.slots);
    return reply.ok;
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const credentials = { company, key: key.trim() };
    if (await refresh(credentials)) setOpened(credentials);
    setBusy(false);
  };

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    if (!opened || busy) return;
    const start = new Date(`${date}T${time}`);
    if (Number.isNaN(start.getTime())) return showLiveProblem("bad-payload");
    setBusy(true);
    const reply = await hubRequest("slot:publish", {
      companyKey: opened.key,
      company: opened.company,
      start: start.toISOString(),
      minutes,
      firstName,
      trade,
    });
    setBusy(false);
    showLiveProblem(reply.ok ? null : reply.error);
    setPublished(reply.ok);
    if (reply.ok) {
      setFirstName("");
      await refresh(opened);
    }
  };

  if (hubHealth === "unavailable")
    return (
      <div className="page class-page pro-page">
        <h1>{t("proTitle")}</h1>
        <p className="class-alert" role="alert">
          {t("proNoHub")}
        </p>
      </div>
    );

  return (
    <div className="page class-page pro-page">
      <h1>{t("proTitle")}</h1>
      <p className="lead">{t("proIntro")}</p>
      {!opened ? (
        <form className="class-join-form" onSubmit={(event) => void open(event)}>
          <label htmlFor={ids.company}>{t("proCompany")}</label>
          <select id={ids.company} value={company} onChange={(event) => setCompany(event.target.value)}>
            {companies.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
          <label htmlFor={ids.key}>{t("proKey")}</label>
          <input
            id={ids.key}
            type="password"
            autoComplete="off"
            value={key}
            onChange={(event) => setKey(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy || key.trim() === ""}>
            {busy ? t("proOpening") : t("proOpen")}
          </button>
        </form>
      ) : (
        <>
          <h2>{content.companyById.get(opened.company)?.name ?? opened.company}</h2>
          <form className="class-join-form pro-publish" onSubmit={(event) => void publish(event)}>
            <h3>{t("proPublishTitle")}</h3>
            <label htmlFor={ids.date}>{t("proDate")}</label>
            <input
              id={ids.date}
              type="date"
              required
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
            <label htmlFor={ids.time}>{t("proTime")}</label>
            <input
              id={ids.time}
              type="time"
              required
              value={time}
              onChange={(event) => setTime(event.target.value)}
            />
            <label htmlFor={ids.minutes}>{t("proMinutes")}</label>
            <select
              id={ids.minutes}
              value={minutes}
              onChange={(event) => setMinutes(Number(event.target.value))}
            >
              {durations.map((n) => (
                <option key={n} value={n}>
                  {t("proMinutesValue", { n })}
                </option>
              ))}
            </select>
            <label htmlFor={ids.name}>{t("proFirstName")}</label>
            <input
              id={ids.name}
              required
              maxLength={40}
              autoComplete="off"
              value={firstName}
              onChange={(event) => setFirstName(event.target.value)}
            />
            <label htmlFor={ids.trade}>{t("proTrade")}</label>
            <select id={ids.trade} required value={trade} onChange={(event) => setTrade(event.target.value)}>
              <option value="">—</option>
              {companyJobs(opened.company).map((job) => (
                <option key={job.id} value={job.id}>
                  {job.title}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="button"
              disabled={busy || firstName.trim() === "" || trade === "" || date === ""}
            >
              {t("proPublish")}
            </button>
            {published ? <p role="status">{t("proPublished")}</p> : null}
          </form>
          <h3>{t("proSlotsTitle")}</h3>
          <p className="muted">{t("proBookedNote")}</p>
          {slots.length === 0 ? <p className="muted">{t("proSlotsEmpty")}</p> : null}
          <ul className="class-slot-list">
            {slots.map((slot) => {
              const { date: day, time: hour } = when(slot);
              return (
                <li
                  key={slot.slotId}
                  data-slot={slot.slotId}
                  data-slot-state={slot.booked ? "booked" : "open"}
                >
                  <span>
                    <strong>
                      {slot.firstName}, {tradeTitle(slot.trade)}
                    </strong>{" "}
                    · {slot.booked ? t("proBooked") : t("proOpenSlot")}
                    <br />
                    {t("slotWhen", { date: day, time: hour, minutes: slot.minutes })}
                  </span>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() =>
                      downloadCalendar(
                        {
                          uid: `creneau-${slot.slotId}-entreprise@usine-extraordinaire`,
                          start: new Date(slot.start),
                          end: new Date(new Date(slot.start).getTime() + slot.minutes * 60_000),
                          stamp: new Date(),
                          summary: t("slotIcsCompanySummary", {
                            firstName: slot.firstName,
                            trade: tradeTitle(slot.trade),
                          }),
                          description: t("slotIcsCompanyDescription", {
                            link: pageAddress(hrefOf({ view: "pro" })),
                          }),
                        },
                        `creneau-${slot.slotId}.ics`,
                      )
                    }
                  >
                    {t("proIcs")}
                  </button>
                </li>
              );
            })}
          </ul>
          <ProFaqSection
            company={opened.company}
            companyKey={opened.key}
            jobs={companyJobs(opened.company)}
          />
        </>
      )}
      <LiveProblemAlert problem={problem} audience="teacher" />
    </div>
  );
}
