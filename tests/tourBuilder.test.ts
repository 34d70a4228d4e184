import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentFiles, type RawContentPack } from "../src/content/contentFiles";
import { buildContentIndex } from "../src/content/contentIndex";
import type { Tour } from "../src/content/schema";
import { validatePack } from "../src/content/validatePack";
import { contentLoaded } from "../src/state/actions";
import { appStore } from "../src/state/appStore";
import {
  addStopToEditingTour,
  createOwnTour,
  deleteOwnTour,
  flushOwnTours,
  keepTourCopy,
  loadOwnTours,
  maxTourStops,
  openLinkTour,
  restoreOwnTour,
  saveOwnTour,
  setOwnToursStore,
} from "../src/state/ownToursActions";
import { OwnToursStorageFailure, type OwnToursStore, type StoredTour } from "../src/state/ownToursStorage";
import { resolveView } from "../src/state/resolveView";
import { hrefOf } from "../src/state/route";
import { duplicateStop, moveStop, removeStop, tourProblems } from "../src/tours/builder/tourEdits";
import { maxTourFileBytes, readTourFile, tourFileName, tourFileText } from "../src/tours/builder/tourFile";
import { decodeTourLink, encodeTourLink, maxLinkLength } from "../src/tours/builder/tourLink";
import { teacherTour } from "./fixtures/teacherTour";

const raw = Object.fromEntries(
  Object.entries(contentFiles).map(([key, { file }]) => [
    key,
    JSON.parse(readFileSync(`public/${file}`, "utf8")) as unknown,
  ]),
) as RawContentPack;
const validated = validatePack(raw);
if (!validated.ok) throw new Error("the shipped pack is invalid");
const content = buildContentIndex(validated.pack);

const clone = <T>(value: T): T => structuredClone(value);
/** A v0 file: a bare tour as tours.json held them, questions without choices. */
const v0File = () => {
  const { stops, ...rest } = clone(teacherTour);
  return {
    ...rest,
    stops: stops.map(({ question, ...stop }) =>
      question ? { ...stop, question: { prompt: question.prompt, answer: question.answer } } : stop,
    ),
  };
};

describe("the teacher's tour fixture", () => {
  it("passes the pack's schema and names only machines of the pack", () => {
    expect(tourProblems(content, teacherTour)).toEqual(new Map());
    expect(teacherTour.stops).toHaveLength(10);
  });
});

describe("a .visite.json file", () => {
  it("round-trips: built, exported, imported, the same tour", () => {
    const result = readTourFile(tourFileText(teacherTour));
    expect(result).toEqual({ ok: true, tour: teacherTour, migratedFrom: null });
    expect(tourFileName(teacherTour)).toBe("les-metiers-de-la-maintenance-en-bac-pro.visite.json");
  });

  it("migrates a version 0 file (a bare tour whose questions have no choices)", () => {
    const result = readTourFile(JSON.stringify(v0File()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.tour.stops[0]?.question).toEqual({
      prompt: teacherTour.stops[0]?.question?.prompt,
      answer: teacherTour.stops[0]?.question?.answer,
    });
    expect(result.tour.title).toBe(teacherTour.title);
  });

  it("refuses wrong types, naming the field in French", () => {
    const file = JSON.parse(tourFileText(teacherTour));
    file.tour.minutes = "trente";
    file.tour.stops[2].narration = 42;
    const result = readTourFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join("\n")).toMatch(/^durée : /m);
    expect(result.problems.join("\n")).toMatch(/^étape 3, récit : /m);
  });

  it("refuses a 10 MB file before parsing it, a 1,000-stop tour, broken JSON, another format, a newer version", () => {
    const huge = `{"format":"usine-extraordinaire/visite","version":1,"tour":{"title":"${"a".repeat(10 * 1024 * 1024)}"}}`;
    expect(readTourFile(huge)).toEqual({
      ok: false,
      problems: ["Ce fichier est trop gros pour être une visite (256 Ko au plus)."],
    });
    expect(huge.length).toBeGreaterThan(maxTourFileBytes);

    const { company, workshop, machine } = teacherTour.stops[4] ?? {};
    const stop = { company, workshop, machine, narration: "Un récit court.", notes: "Des notes." };
    const many = {
      format: "usine-extraordinaire/visite",
      version: 1,
      tour: { ...teacherTour, stops: Array.from({ length: 1000 }, () => stop) },
    };
    const manyText = JSON.stringify(many);
    expect(manyText.length).toBeLessThan(maxTourFileBytes);
    const tooMany = readTourFile(manyText);
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.problems).toContain("étapes : au plus 20 étapes");

    expect(readTourFile("{ pas du json").ok).toBe(false);
    expect(readTourFile("null").ok).toBe(false);
    expect(readTourFile("[1,2,3]").ok).toBe(false);
    expect(readTourFile(JSON.stringify({ format: "autre", version: 1, tour: teacherTour })).ok).toBe(false);
    const newer = readTourFile(
      JSON.stringify({ format: "usine-extraordinaire/visite", version: 2, tour: teacherTour }),
    );
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.problems[0]).toContain("version plus récente");
  });

  it("keeps markup in a title as plain text, and drops keys the schema does not know", () => {
    const title = "<script>alert(1)</script> Visite";
    const file = JSON.parse(tourFileText({ ...teacherTour, title }));
    file.tour.extra = "<img src=x onerror=alert(1)>";
    // A `__proto__` key as JSON.parse reads it: an own property, which the schema drops.
    const result = readTourFile(
      JSON.stringify(file).replace('"extra"', '"__proto__":{"polluted":true},"extra"'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tour.title).toBe(title);
    expect(Object.keys(result.tour)).not.toContain("extra");
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("a tour carried by a link", () => {
  it("round-trips, and a 10-stop tour of typical length fits in 2,000 characters", () => {
    const data = encodeTourLink(teacherTour);
    expect(decodeTourLink(data)).toEqual({ ok: true, tour: teacherTour });
    const url = `https://lycee-exemple.ac-aix-marseille.fr/usine/${hrefOf({ view: "sharedTour", data })}`;
    expect(url.length).toBeLessThanOrEqual(maxLinkLength);
    // The data is URL-safe: the router reads it back untouched.
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("round-trips every shipped tour too (longer ones go over the limit: the builder then offers the file)", () => {
    for (const tour of content.tours)
      expect(decodeTourLink(encodeTourLink(tour))).toEqual({ ok: true, tour });
    const longest = Math.max(...content.tours.map((tour) => encodeTourLink(tour).length));
    expect(longest).toBeGreaterThan(maxLinkLength);
  });

  it("refuses broken, hostile and oversized links without throwing", () => {
    const data = encodeTourLink(teacherTour);
    for (const bad of ["", "1", "2abc", "1!!!", data.slice(0, data.length / 2), `1${"A".repeat(20_000)}`]) {
      expect(decodeTourLink(bad).ok).toBe(false);
    }
    const many = { ...teacherTour, stops: Array.from({ length: 1000 }, () => teacherTour.stops[0]) } as Tour;
    const refused = decodeTourLink(encodeTourLink(many));
    expect(refused.ok).toBe(false);
  });
});

describe("editing a tour", () => {
  it("moves, duplicates and removes stops without touching the original", () => {
    const ids = (tour: Tour) => tour.stops.map((s) => s.machine);
    const [a, b, c] = ids(teacherTour);
    expect(ids(moveStop(teacherTour, 0, 2)).slice(0, 3)).toEqual([b, c, a]);
    expect(ids(moveStop(teacherTour, 2, 0)).slice(0, 3)).toEqual([c, a, b]);
    expect(ids(duplicateStop(teacherTour, 1)).slice(0, 4)).toEqual([a, b, b, c]);
    expect(ids(removeStop(teacherTour, 0))[0]).toBe(b);
    expect(ids(teacherTour)[0]).toBe(a);
  });

  it("names the field at fault, and marks a stop whose machine left the pack", () => {
    const broken = clone(teacherTour);
    broken.title = "";
    (broken.stops[3] as { machine: string }).machine = "machine-disparue";
    const problems = tourProblems(content, broken);
    expect(problems.get("title")).toBe("titre de 2 caractères au moins");
    expect(problems.get("stops.3.machine")).toContain("machine inconnue");
  });
});

/** A store in memory, or one that refuses every write with `failure`. */
function memoryStore(failure?: OwnToursStorageFailure): OwnToursStore & { records: Map<string, StoredTour> } {
  const records = new Map<string, StoredTour>();
  return {
    records,
    async loadAll() {
      return [...records.values()];
    },
    async put(record) {
      if (failure) throw failure;
      records.set(record.id, structuredClone(record));
    },
    async remove(id) {
      records.delete(id);
    },
  };
}

describe("the teacher's tours in the store", () => {
  const initial = appStore.getState();
  beforeEach(() => {
    appStore.setState(initial, true);
    contentLoaded(content);
  });
  afterEach(() => appStore.setState(initial, true));

  it("keeps drafts and finished tours, plays only the finished ones, and reads them back", async () => {
    const store = memoryStore();
    setOwnToursStore(store);
    const id = createOwnTour();
    expect(appStore.getState().ownTours.has(id)).toBe(false);
    saveOwnTour({ ...teacherTour, id });
    expect(appStore.getState().ownTours.get(id)?.title).toBe(teacherTour.title);
    await flushOwnTours();
    expect(store.records.get(id)?.tour.title).toBe(teacherTour.title);
    expect(appStore.getState().ownToursSave).toEqual({ status: "saved" });

    appStore.setState(initial, true);
    await loadOwnTours();
    expect(appStore.getState().ownToursLoaded).toBe(true);
    expect(appStore.getState().myTours.get(id)?.tour).toEqual({ ...teacherTour, id });
    const view = resolveView(
      { view: "tour", tour: id, step: 2 },
      { content, ownTours: appStore.getState().ownTours },
    );
    expect(view.overlay?.kind).toBe("tourStop");
  });

  it("says when storage is full, keeps what is on screen and what was saved before", async () => {
    const store = memoryStore();
    setOwnToursStore(store);
    const id = keepTourCopy({ ...teacherTour, id: "perso-quota" });
    await flushOwnTours();
    const full = memoryStore(new OwnToursStorageFailure("quota"));
    full.records.set(id, structuredClone(store.records.get(id) as StoredTour));
    setOwnToursStore(full);
    saveOwnTour({ ...teacherTour, id, title: "Titre changé" });
    await flushOwnTours();
    expect(appStore.getState().ownToursSave).toEqual({ status: "failed", error: "quota" });
    expect(appStore.getState().myTours.get(id)?.tour.title).toBe("Titre changé");
    expect(full.records.get(id)?.tour.title).toBe(teacherTour.title);
  });

  it("adds stops from the trade panel to the tour being edited, at most 20", () => {
    setOwnToursStore(memoryStore());
    const stop = teacherTour.stops[0];
    if (!stop) throw new Error("no stop");
    const first = addStopToEditingTour(stop);
    expect(first).toEqual({ tourId: expect.stringMatching(/^perso-/), stops: 1 });
    for (let i = 1; i < maxTourStops; i++) addStopToEditingTour(stop);
    expect(addStopToEditingTour(stop)).toBe("full");
  });

  it("deletes with undo", () => {
    setOwnToursStore(memoryStore());
    const id = keepTourCopy({ ...teacherTour, id: "perso-undo" });
    const deleted = deleteOwnTour(id);
    expect(appStore.getState().myTours.has(id)).toBe(false);
    expect(appStore.getState().ownTours.has(id)).toBe(false);
    if (!deleted) throw new Error("nothing deleted");
    restoreOwnTour(deleted);
    expect(appStore.getState().ownTours.get(id)?.title).toBe(teacherTour.title);
  });

  it("plays a link's tour under an id no pack tour has", () => {
    const packTour = content.tours[0];
    if (!packTour) throw new Error("no pack tour");
    const playing = openLinkTour({ ...teacherTour, id: packTour.id, title: "Imitation" });
    expect(playing.id).not.toBe(packTour.id);
    expect(playing.id).toMatch(/^perso-/);
    expect(appStore.getState().ownTours.get(playing.id)?.title).toBe("Imitation");
  });

  it("opens a tour whose machine left the pack on that stop's message, and waits for the browser's tours", () => {
    const broken = clone({ ...teacherTour, id: "perso-ancienne" });
    (broken.stops[1] as { machine: string }).machine = "machine-disparue";
    const ownTours = new Map([[broken.id, broken]]);
    const missing = resolveView({ view: "tour", tour: broken.id, step: 2 }, { content, ownTours });
    expect(missing.page).toEqual({ kind: "tourStopMissing", tour: broken, step: 2 });
    expect(missing.scene).toBeNull();
    expect(resolveView({ view: "tour", tour: broken.id, step: 1 }, { content, ownTours }).overlay?.kind).toBe(
      "tourStop",
    );
    const pending = resolveView(
      { view: "tour", tour: "perso-inconnue", step: 1 },
      { content, ownToursPending: true },
    );
    expect(pending.page.kind).toBe("tourPending");
    expect(resolveView({ view: "tour", tour: "perso-inconnue", step: 1 }, { content }).page.kind).toBe(
      "notFound",
    );
  });
});
