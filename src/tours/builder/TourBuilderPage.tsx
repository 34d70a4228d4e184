import { useEffect, useMemo, useRef, useState } from "react";
import type { ContentIndex } from "../../content/contentIndex";
import { resolveFactoryPlace } from "../../content/resolvePlace";
import type { Tour } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { navigate } from "../../state/actions";
import { createOwnTour, maxTourStops, saveOwnTour, setEditingTour } from "../../state/ownToursActions";
import { hrefOf } from "../../state/route";
import { useStore } from "../../state/store";
import { BuilderField } from "./BuilderField";
import { builderStrings } from "./builderStrings";
import { DraftProblems } from "./DraftProblems";
import { SaveStatus } from "./SaveStatus";
import { ShareButtons } from "./ShareButtons";
import { StopEditor } from "./StopEditor";
import { StopList } from "./StopList";
import { StopPicker } from "./StopPicker";
import { StopPreview } from "./StopPreview";
import {
  duplicateStop,
  moveStop,
  removeStop,
  replaceStop,
  stopAtMachine,
  stopProblems,
  tourProblems,
} from "./tourEdits";
import "../tours.css";
import "./builder.css";

export interface TourBuilderPageProps {
  content: ContentIndex;
  /** The tour to edit; none on `#/visites/nouvelle`, which starts one. */
  tourId: string | undefined;
  /** A field to complete, to open the builder on (`?champ=`, from a draft's list of problems). */
  field?: string | undefined;
}

/**
 * `#/visites/nouvelle` and `#/visites/modifier/<id>`: a teacher's tour, saved in this browser as it
 * is typed. A new tour gets its id at once, so that a reload, the 3D "Ajouter à ma visite" and the
 * list of tours all find it.
 */
export function TourBuilderPage({ content, tourId, field }: TourBuilderPageProps) {
  const t = useDictionary(builderStrings);
  const loaded = useStore((s) => s.ownToursLoaded);
  const saved = useStore((s) => (tourId === undefined ? undefined : s.myTours.get(tourId)));
  const started = useRef(false);

  useEffect(() => {
    if (!loaded || tourId !== undefined || started.current) return;
    started.current = true;
    navigate({ view: "tourBuilder", tour: createOwnTour() }, "replace");
  }, [loaded, tourId]);

  const exists = saved !== undefined;
  useEffect(() => {
    if (tourId !== undefined && exists) setEditingTour(tourId);
  }, [tourId, exists]);

  if (!loaded || tourId === undefined) {
    return (
      <div className="page builder" aria-busy="true">
        <p role="status">{t("tourPending")}</p>
      </div>
    );
  }
  if (!saved) {
    return (
      <div className="page builder">
        <h1>{t("builderTitle")}</h1>
        <p role="alert">{t("notInBrowser")}</p>
        <p className="button-row">
          <a className="button" href={hrefOf({ view: "myTours" })}>
            {t("myToursLink")}
          </a>
          <a className="button secondary" href={hrefOf({ view: "tourBuilder" })}>
            {t("builderNew")}
          </a>
        </p>
      </div>
    );
  }
  return <TourEditor key={saved.tour.id} content={content} tour={saved.tour} field={field} />;
}

interface TourEditorProps {
  content: ContentIndex;
  tour: Tour;
  field: string | undefined;
}

/** Shows a field's problem, opens its stop, and puts the focus in it (or on its message). */
function focusField(field: string, select: (stop: number) => void, touch: (field: string) => void) {
  const stop = /^stops\.(\d+)\./.exec(field);
  if (stop) select(Number(stop[1]));
  touch(field);
  // After the stop's editor has rendered.
  requestAnimationFrame(() => {
    const selector = CSS.escape(field);
    const input = document.querySelector<HTMLElement>(`[data-field="${selector}"]`);
    const message = document.querySelector<HTMLElement>(`[data-field-error="${selector}"]`);
    const target = input ?? message;
    if (!target) return;
    if (!input) target.tabIndex = -1;
    target.scrollIntoView({ block: "center" });
    target.focus();
  });
}

function TourEditor({ content, tour, field }: TourEditorProps) {
  const t = useDictionary(builderStrings);
  const [selected, setSelected] = useState(Math.max(0, tour.stops.length - 1));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  /** The tour before a stop was removed, offered back while nothing else changed since. */
  const [removed, setRemoved] = useState<{ before: Tour; after: Tour } | null>(null);
  const problems = useMemo(() => tourProblems(content, tour), [content, tour]);
  const playable = problems.size === 0;
  const index = Math.min(selected, tour.stops.length - 1);
  const stop = tour.stops[index];

  const shows = (field: string) => showAll || touched.has(field);
  const touch = (field: string) => setTouched((old) => (old.has(field) ? old : new Set(old).add(field)));
  const errorOf = (field: string) => (shows(field) ? problems.get(field) : undefined);
  const update = (next: Tour) => saveOwnTour(next);
  const pick = (name: string) => focusField(name, setSelected, touch);

  // NOTE: only when the address names another field; `touch` and `setSelected` are stable enough.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once per field given by the address.
  useEffect(() => {
    if (field) pick(field);
  }, [field]);

  const stopName = (i: number) => {
    const s = tour.stops[i];
    if (!s) return "";
    const place = resolveFactoryPlace(content, s.company, s.workshop, s.machine);
    return place?.kind === "workshop" && place.machine ? place.machine.name : s.machine;
  };

  return (
    <div className="page builder" data-tour-builder={tour.id}>
      <header className="builder-head">
        <div>
          <p className="muted">
            <a href={hrefOf({ view: "myTours" })}>{t("myToursLink")}</a>
          </p>
          <h1>{tour.title.trim() || t("builderTitle")}</h1>
          <p className="muted">{t("builderIntro")}</p>
        </div>
        <SaveStatus />
      </header>

      <div className="builder-grid">
        <div className="builder-main">
          <fieldset className="builder-details">
            <legend>{t("detailsLegend")}</legend>
            <BuilderField
              field="title"
              label={t("fieldTitle")}
              value={tour.title}
              error={errorOf("title")}
              onBlur={() => touch("title")}
              onChange={(title) => update({ ...tour, title })}
            />
            <div className="builder-row">
              <BuilderField
                field="audience"
                label={t("fieldAudience")}
                hint={t("fieldAudienceHint")}
                value={tour.audience}
                error={errorOf("audience")}
                onBlur={() => touch("audience")}
                onChange={(audience) => update({ ...tour, audience })}
              />
              <BuilderField
                field="minutes"
                label={t("fieldMinutes")}
                type="number"
                value={Number.isFinite(tour.minutes) ? String(tour.minutes) : ""}
                error={errorOf("minutes")}
                onBlur={() => touch("minutes")}
                onChange={(text) =>
                  update({ ...tour, minutes: text.trim() === "" ? Number.NaN : Number(text) })
                }
              />
            </div>
          </fieldset>

          <section className="builder-stops-section" aria-labelledby="builder-stops-title">
            <h2 id="builder-stops-title">{t("stopsTitle", { n: tour.stops.length })}</h2>
            {errorOf("stops") ? <p className="field-error">{errorOf("stops")}</p> : null}
            <StopList
              content={content}
              tour={tour}
              problems={problems}
              selected={index}
              onSelect={setSelected}
              onMove={(from, to) => {
                update(moveStop(tour, from, to));
                if (selected === from) setSelected(to);
                setAnnouncement(t("stopMoved", { n: to + 1 }));
              }}
              onDuplicate={(i) => {
                update(duplicateStop(tour, i));
                setSelected(i + 1);
              }}
              onRemove={(i) => {
                const after = removeStop(tour, i);
                setRemoved({ before: tour, after });
                update(after);
                setAnnouncement(t("stopRemoved", { n: i + 1 }));
              }}
            />
            <div className="builder-announce" aria-live="polite">
              {announcement}{" "}
              {removed && removed.after === tour ? (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    update(removed.before);
                    setRemoved(null);
                    setAnnouncement("");
                  }}
                >
                  {t("undo")}
                </button>
              ) : null}
            </div>
          </section>

          {stop ? (
            <StopEditor
              key={index}
              stop={stop}
              index={index}
              machineName={stopName(index)}
              problems={stopProblems(problems, index)}
              shows={shows}
              onTouch={touch}
              onChange={(next) => update(replaceStop(tour, index, next))}
            />
          ) : null}

          <StopPicker
            content={content}
            full={tour.stops.length >= maxTourStops}
            onPick={(company, workshop, machine) => {
              if (tour.stops.length >= maxTourStops) return;
              update({ ...tour, stops: [...tour.stops, stopAtMachine(content, company, workshop, machine)] });
              setSelected(tour.stops.length);
              setRemoved(null);
              setAnnouncement(t("stopAdded", { machine: machine.name, n: tour.stops.length + 1 }));
            }}
          />
        </div>

        <aside className="builder-side">
          <div className={`builder-verdict${playable ? " ready" : ""}`} data-tour-ready={playable}>
            {playable ? (
              <p>{t("ready")}</p>
            ) : (
              <>
                <p>{t("draft", { n: problems.size })}</p>
                <DraftProblems tourId={tour.id} problems={problems} onPick={pick} />
                {showAll ? null : (
                  <button type="button" className="button secondary small" onClick={() => setShowAll(true)}>
                    {t("showProblems")}
                  </button>
                )}
              </>
            )}
            {playable ? (
              <p className="button-row">
                <a
                  className="button"
                  href={hrefOf({ view: "tour", tour: tour.id, step: 1 })}
                  data-play-tour=""
                >
                  {t("play")}
                </a>
                <a
                  className="button secondary"
                  href={hrefOf({ view: "tour", tour: tour.id, step: 1, presenter: true })}
                >
                  {t("presenter")}
                </a>
                <a className="button secondary" href={hrefOf({ view: "worksheet", tour: tour.id })}>
                  {t("worksheet")}
                </a>
              </p>
            ) : null}
            <ShareButtons tour={tour} playable={playable} />
          </div>
          <StopPreview content={content} tour={tour} index={index} />
        </aside>
      </div>
    </div>
  );
}
