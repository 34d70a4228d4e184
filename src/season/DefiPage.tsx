import { type FormEvent, useEffect, useId, useState } from "react";
import { useDictionary } from "../i18n/useT";
import { ranksOf, seasonPoints } from "../protocol/seasonPoints";
import type { Ranking, RankingRow } from "../protocol/seasonSchema";
import { useStore } from "../state/store";
import { fetchRanking, seasonRequest } from "./seasonClient";
import { seasonErrorKey, seasonStrings } from "./seasonStrings";
import "./season.css";

type Grouping = "all" | "level" | "departement";
const refreshMs = 15_000;

/**
 * `#/defi/<code>`: a challenge's rules and its ranking, live (read again every 15 s), readable on
 * a projector; by level or by département, ties sharing a rank. Organisers hide a class with
 * their key.
 */
export function DefiPage({ code }: { code: string }) {
  const t = useDictionary(seasonStrings);
  const locale = useStore((s) => s.locale);
  const [ranking, setRanking] = useState<Ranking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updated, setUpdated] = useState<Date | null>(null);
  const [grouping, setGrouping] = useState<Grouping>("all");
  const [round, setRound] = useState(0);

  useEffect(() => {
    void round;
    let live = true;
    const read = () =>
      fetchRanking(code).then((answer) => {
        if (!live) return;
        if (answer.ok) {
          setRanking(answer.ranking);
          setError(null);
          setUpdated(new Date());
        } else setError(answer.error === "unknown-code" ? "unknown-code" : "season-unavailable");
      });
    void read();
    const timer = setInterval(() => void read(), refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [code, round]);

  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale === "fr" ? "fr-FR" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
    });

  if (!ranking)
    return (
      <div className="page season-page defi-page">
        <h1>{t("defiPageTitle")}</h1>
        {error ? (
          <p role="alert" className="season-alert">
            {error === "unknown-code" ? t("defiUnknown") : t(seasonErrorKey(error))}
          </p>
        ) : (
          <p role="status">{t("loading")}</p>
        )}
      </div>
    );

  const groups = groupRows(ranking.classes, grouping, t);
  return (
    <div className="page season-page defi-page" data-defi={ranking.defi.code}>
      <h1>
        {ranking.defi.title} <span className="defi-code">{ranking.defi.code}</span>
      </h1>
      <div className="defi-layout">
        <section className="defi-ranking" aria-labelledby="defi-ranking-title">
          <h2 id="defi-ranking-title" className="visually-hidden">
            {t("defiPageTitle")}
          </h2>
          <div className="button-row">
            {(["all", "level", "departement"] as const).map((option) => (
              <button
                key={option}
                type="button"
                className={grouping === option ? "button" : "button secondary"}
                aria-pressed={grouping === option}
                onClick={() => setGrouping(option)}
              >
                {t(
                  option === "all"
                    ? "rankingAll"
                    : option === "level"
                      ? "rankingByLevel"
                      : "rankingByDepartement",
                )}
              </button>
            ))}
          </div>
          {error ? (
            <p role="alert" className="season-alert">
              {t(seasonErrorKey(error))}
            </p>
          ) : null}
          {ranking.classes.length === 0 ? <p>{t("rankingEmpty")}</p> : null}
          {groups.map((group) => (
            <table key={group.title} className="defi-table">
              {group.title ? <caption>{group.title}</caption> : null}
              <thead>
                <tr>
                  <th scope="col">{t("rank")}</th>
                  <th scope="col">{t("className")}</th>
                  <th scope="col">{t("points")}</th>
                </tr>
              </thead>
              <tbody>
                {group.rows.map(({ row, rank, tie }) => (
                  <tr key={`${row.label}-${row.school}-${rank}`} data-defi-rank={rank}>
                    <td className="defi-rank">
                      {rank}
                      {tie ? <span className="defi-tie"> ({t("tie")})</span> : null}
                    </td>
                    <td>
                      <strong>{row.label}</strong> <span className="muted">· {row.school}</span>{" "}
                      <span className="muted">
                        · {row.level} · {row.departement}
                      </span>
                    </td>
                    <td className="defi-points">{row.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          {updated ? (
            <p className="muted" role="status">
              {t("updatedAt", {
                time: updated.toLocaleTimeString(locale === "fr" ? "fr-FR" : "en-GB", {
                  hour: "2-digit",
                  minute: "2-digit",
                }),
              })}
            </p>
          ) : null}
        </section>
        <section className="defi-rules" aria-labelledby="defi-rules-title">
          <h2 id="defi-rules-title">{t("defiRules")}</h2>
          <ul>
            <li>{t("ruleDates", { from: day(ranking.defi.from), to: day(ranking.defi.to) })}</li>
            <li>{t("ruleShare")}</li>
            <li>{t("ruleCompleted", { n: seasonPoints.tourCompleted })}</li>
            <li>{t("ruleTrade", { n: seasonPoints.newTrade })}</li>
            <li>{t("ruleTies")}</li>
            <li>{t("ruleLate")}</li>
          </ul>
          <OrganiserPanel code={ranking.defi.code} onChange={() => setRound((n) => n + 1)} />
        </section>
      </div>
    </div>
  );
}

interface GroupRow {
  row: RankingRow;
  rank: number;
  tie: boolean;
}

/** The rows as one table, or one per level / département, ranks counted within each table. */
function groupRows(
  rows: readonly RankingRow[],
  grouping: Grouping,
  t: (key: "departementName", vars: { d: string }) => string,
): { title: string; rows: GroupRow[] }[] {
  const keyOf = (row: RankingRow) =>
    grouping === "level" ? row.level : grouping === "departement" ? row.departement : "";
  const keys = [...new Set(rows.map(keyOf))].sort((a, b) => a.localeCompare(b, "fr", { numeric: true }));
  return keys.map((key) => {
    const members = rows.filter((row) => keyOf(row) === key);
    const ranks = ranksOf(members.map((row) => row.score));
    return {
      title: grouping === "departement" ? t("departementName", { d: key }) : key,
      rows: members.map((row, index) => ({
        row,
        rank: ranks[index] ?? 0,
        tie: ranks.filter((rank) => rank === ranks[index]).length > 1,
      })),
    };
  });
}

function OrganiserPanel({ code, onChange }: { code: string; onChange: () => void }) {
  const t = useDictionary(seasonStrings);
  const id = useId();
  const [key, setKey] = useState("");
  const [rows, setRows] = useState<RankingRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = async (event?: FormEvent) => {
    event?.preventDefault();
    const reply = await seasonRequest("defi:admin", { defi: code, organiserKey: key.trim() }).catch(
      () => null,
    );
    if (reply?.ok) {
      setRows(reply.ranking.classes);
      setError(null);
    } else setError(reply ? reply.error : "offline");
  };
  const toggle = async (row: RankingRow) => {
    if (!row.classId) return;
    const reply = await seasonRequest("defi:hide", {
      defi: code,
      organiserKey: key.trim(),
      classId: row.classId,
      hidden: !row.hidden,
    }).catch(() => null);
    if (!reply?.ok) {
      setError(reply ? reply.error : "offline");
      return;
    }
    await open();
    onChange();
  };
  return (
    <details className="defi-organiser">
      <summary>{t("organiserTitle")}</summary>
      <p className="muted">{t("organiserHint")}</p>
      <form onSubmit={(event) => void open(event)}>
        <label htmlFor={id}>{t("organiserKey")}</label>
        <input
          id={id}
          type="password"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          autoComplete="off"
          required
        />
        <button type="submit" className="button secondary">
          {t("organiserOpen")}
        </button>
      </form>
      {error ? (
        <p role="alert" className="season-alert">
          {error === "bad-key" ? t("errorBadKey") : t(seasonErrorKey(error))}
        </p>
      ) : null}
      {rows ? (
        <ul className="defi-admin">
          {rows.map((row) => (
            <li key={row.classId}>
              {row.label} · {row.school} ({row.score}) {row.hidden ? <em>{t("hidden")}</em> : null}{" "}
              <button type="button" className="button secondary" onClick={() => void toggle(row)}>
                {row.hidden ? t("show") : t("hide")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
