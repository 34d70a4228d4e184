import type { ContentIndex } from "../content/contentIndex";
import { useDictionary } from "../i18n/useT";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { passportCsv } from "./passportCsv";
import { SectorMap } from "./SectorMap";
import { seasonErrorKey, seasonStrings } from "./seasonStrings";
import { useMyClassSeason } from "./useMyClassSeason";
import "./season.css";

/**
 * `#/ma-classe/passeport`: the class's season on one printable page (print CSS) and as CSV —
 * trades met with their date, the 13 sectors met or left, companies visited, the sessions.
 */
export function PassportPage({ content }: { content: ContentIndex }) {
  const t = useDictionary(seasonStrings);
  const locale = useStore((s) => s.locale);
  const { load } = useMyClassSeason();
  const date = (iso: string) =>
    new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale === "fr" ? "fr-FR" : "en-GB");

  if (load.status === "none")
    return (
      <div className="page season-page">
        <h1>{t("passportTitle")}</h1>
        <p>{t("passportNoClass")}</p>
        <a className="button" href={hrefOf({ view: "myClass" })}>
          {t("passportCreate")}
        </a>
      </div>
    );
  if (load.status === "loading")
    return (
      <div className="page season-page">
        <h1>{t("passportTitle")}</h1>
        <p role="status">{t("loading")}</p>
      </div>
    );
  if (load.status === "error")
    return (
      <div className="page season-page">
        <h1>{t("passportTitle")}</h1>
        <p role="alert" className="season-alert">
          {t(seasonErrorKey(load.error))}
        </p>
        <a className="button" href={hrefOf({ view: "myClass" })}>
          {t("myClassTitle")}
        </a>
      </div>
    );

  const { season } = load;
  const history = season.history ?? [];
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([passportCsv(season, content)], { type: "text/csv;charset=utf-8" }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = `passeport-${(season.class?.label ?? "classe").replace(/[^\p{L}\p{N}]+/gu, "-")}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="page season-page passport" data-passport="">
      <header className="passport-head">
        <h1>{t("passportTitle")}</h1>
        {season.class ? (
          <p className="passport-class">
            {t("passportFor", {
              label: season.class.label,
              school: season.class.school,
              town: season.class.town,
              level: season.class.level,
            })}
          </p>
        ) : null}
        {history.length > 0 ? (
          <p>
            {t("passportDates", {
              from: date(history[0]?.endedAt ?? ""),
              to: date(history.at(-1)?.endedAt ?? ""),
            })}{" "}
            · {t("sessions", { n: season.sessions })} · {t("score", { n: season.score })}
          </p>
        ) : (
          <p>{t("passportNone")}</p>
        )}
      </header>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("print")}
        </button>
        <button type="button" className="button secondary" onClick={download}>
          {t("csv")}
        </button>
        <a className="button secondary" href={hrefOf({ view: "myClass" })}>
          {t("myClassTitle")}
        </a>
      </div>
      <section aria-labelledby="passport-trades">
        <h2 id="passport-trades">
          {t("passportTrades")} ({season.trades.length})
        </h2>
        <ul className="passport-trades">
          {season.trades.map((trade) => (
            <li key={trade} data-passport-trade={trade}>
              <a href={hrefOf({ view: "jobs", job: trade })}>{content.jobById.get(trade)?.title ?? trade}</a>
              {season.tradesFirstMet?.[trade] ? (
                <span className="muted">
                  {" "}
                  {t("passportMetOn", { date: date(season.tradesFirstMet[trade]) })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="passport-sectors">
        <h2 id="passport-sectors">{t("passportSectors")}</h2>
        <SectorMap content={content} met={season.sectors} />
      </section>
      <section aria-labelledby="passport-companies">
        <h2 id="passport-companies">{t("passportCompanies")}</h2>
        <p>{season.companies.map((id) => content.companyById.get(id)?.name ?? id).join(" · ") || "—"}</p>
      </section>
      <section aria-labelledby="passport-sessions">
        <h2 id="passport-sessions">{t("passportSessions")}</h2>
        <table className="passport-sessions">
          <thead>
            <tr>
              <th scope="col">{t("passportDate")}</th>
              <th scope="col">{t("passportTour")}</th>
              <th scope="col">{t("passportPupils")}</th>
              <th scope="col">{t("passportShare")}</th>
              <th scope="col">{t("passportPoints")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((session) => (
              <tr key={session.endedAt}>
                <td>{date(session.endedAt)}</td>
                <td>{content.tourById.get(session.tour)?.title ?? session.tour}</td>
                <td>{session.pupils}</td>
                <td>{session.rightShare === null ? "—" : `${session.rightShare} %`}</td>
                <td>{session.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted">{t("passportNote")}</p>
    </div>
  );
}
