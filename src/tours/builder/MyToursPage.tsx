import { useId, useState } from "react";
import type { ContentIndex } from "../../content/contentIndex";
import { useDictionary } from "../../i18n/useT";
import {
  deleteOwnTour,
  duplicateOwnTour,
  keepTourCopy,
  playableTour,
  restoreOwnTour,
} from "../../state/ownToursActions";
import type { SavedTour } from "../../state/ownToursSlice";
import { hrefOf } from "../../state/route";
import { useStore } from "../../state/store";
import { builderStrings } from "./builderStrings";
import { DraftProblems } from "./DraftProblems";
import { SaveStatus } from "./SaveStatus";
import { ShareButtons } from "./ShareButtons";
import { tourProblems } from "./tourEdits";
import { maxTourFileBytes, readTourFile } from "./tourFile";
import "./builder.css";

export interface MyToursPageProps {
  content: ContentIndex;
}

type ImportState =
  | { kind: "none" }
  | { kind: "done"; title: string; migrated: boolean }
  | { kind: "refused"; problems: string[] };

/**
 * `#/visites/mes-visites`: the teacher's tours kept in this browser, newest first, each with
 * play, edit, duplicate, delete (with undo), export and link; and the import of a `.visite.json`.
 */
export function MyToursPage({ content }: MyToursPageProps) {
  const t = useDictionary(builderStrings);
  const locale = useStore((s) => s.locale);
  const loaded = useStore((s) => s.ownToursLoaded);
  const myTours = useStore((s) => s.myTours);
  const importId = useId();
  const [imported, setImported] = useState<ImportState>({ kind: "none" });
  const [deleted, setDeleted] = useState<SavedTour | null>(null);
  const tours = [...myTours.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  const dateFormat = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });

  const importFile = async (file: File) => {
    // A huge file is refused before it is read.
    if (file.size > maxTourFileBytes) {
      setImported({ kind: "refused", problems: [t("importTooBig")] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImported({ kind: "refused", problems: [t("importUnreadable")] });
      return;
    }
    const result = readTourFile(text);
    if (!result.ok) {
      setImported({ kind: "refused", problems: result.problems });
      return;
    }
    keepTourCopy(result.tour);
    setImported({ kind: "done", title: result.tour.title, migrated: result.migratedFrom !== null });
  };

  return (
    <div className="page my-tours" data-my-tours="">
      <header className="builder-head">
        <div>
          <p className="muted">
            <a href={hrefOf({ view: "tours" })}>← {t("backToTours")}</a>
          </p>
          <h1>{t("myToursTitle")}</h1>
          <p className="muted">{t("myToursIntro")}</p>
        </div>
        <SaveStatus />
      </header>
      <div className="button-row">
        <a className="button" href={hrefOf({ view: "tourBuilder" })} data-new-tour="">
          {t("builderNew")}
        </a>
      </div>

      <div className="import-box">
        <label htmlFor={importId}>{t("importLabel")}</label>
        <input
          id={importId}
          type="file"
          accept=".json,.visite.json,application/json"
          data-import-tour=""
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
        {imported.kind === "refused" ? (
          <div role="alert" className="import-refused" data-import-refused="">
            <p>{t("importRefused")}</p>
            <ul>
              {imported.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {imported.kind === "done" ? (
          <p role="status" data-import-done="">
            {t(imported.migrated ? "importedMigrated" : "imported", { title: imported.title })}
          </p>
        ) : null}
      </div>

      <div aria-live="polite" className="builder-announce">
        {deleted ? (
          <p>
            {t("deleted", { title: deleted.tour.title || t("untitled") })}{" "}
            <button
              type="button"
              className="button secondary small"
              data-undo-delete=""
              onClick={() => {
                restoreOwnTour(deleted);
                setDeleted(null);
              }}
            >
              {t("undo")}
            </button>
          </p>
        ) : null}
      </div>

      {!loaded ? <p role="status">{t("tourPending")}</p> : null}
      {loaded && tours.length === 0 ? <p className="muted">{t("myToursEmpty")}</p> : null}
      <ul className="tour-cards my-tour-list">
        {tours.map(({ tour, updatedAt }) => {
          const playable = playableTour(tour) !== null && tourProblems(content, tour).size === 0;
          const problems = playable ? new Map<string, string>() : tourProblems(content, tour);
          return (
            <li key={tour.id} className="tour-card" data-my-tour={tour.id}>
              <h2>{tour.title.trim() || t("untitled")}</h2>
              <p className="muted">
                {[
                  tour.audience.trim(),
                  Number.isFinite(tour.minutes) ? `${tour.minutes} min` : "",
                  t("stopsOf", { n: tour.stops.length }),
                  t("updated", { date: dateFormat.format(updatedAt) }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p className={playable ? "tour-ready" : "tour-draft"}>
                {playable ? t("ready") : t("draft", { n: problems.size })}
              </p>
              {playable ? null : <DraftProblems tourId={tour.id} problems={problems} />}
              <div className="button-row">
                {playable ? (
                  <a
                    className="button"
                    href={hrefOf({ view: "tour", tour: tour.id, step: 1 })}
                    data-play-tour=""
                  >
                    {t("play")}
                  </a>
                ) : null}
                {playable ? (
                  <a
                    className="button secondary"
                    href={hrefOf({ view: "tour", tour: tour.id, step: 1, presenter: true })}
                  >
                    {t("presenter")}
                  </a>
                ) : null}
                <a className="button secondary" href={hrefOf({ view: "tourBuilder", tour: tour.id })}>
                  {t("edit")}
                </a>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    duplicateOwnTour(tour.id, t("copyTitle", { title: tour.title.trim() || t("untitled") }))
                  }
                >
                  {t("duplicate")}
                </button>
                <button
                  type="button"
                  className="button secondary danger"
                  data-delete-tour={tour.id}
                  onClick={() => setDeleted(deleteOwnTour(tour.id) ?? null)}
                >
                  {t("delete")}
                </button>
              </div>
              <ShareButtons tour={tour} playable={playable} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
