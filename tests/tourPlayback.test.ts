import { describe, expect, it } from "vitest";
import { buildContentIndex, type ContentIndex } from "../src/content/contentIndex";
import { resolveTourStop } from "../src/content/resolvePlace";
import { validatePack } from "../src/content/validatePack";
import { resolveView } from "../src/state/resolveView";
import type { Route } from "../src/state/route";
import {
  formatElapsed,
  isTourSyncMessage,
  stepAfter,
  tourCommandOfKey,
  tradesOfTour,
} from "../src/tours/tourPlayback";
import { minimalPack } from "./fixtures/minimalPack";

/** The minimal pack with a second stop, with a question, on the other machine. */
function content(): ContentIndex {
  const raw = minimalPack();
  const tour = raw.tours[0] as { stops: Record<string, unknown>[] };
  tour.stops.push({
    company: "acierie-test",
    workshop: "soudage",
    machine: "poste-soudure",
    narration: "Voici le poste de soudure.",
    notes: "Parler des métiers.",
    question: { prompt: "Que fait-on ici ?", answer: "On soude." },
  });
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return buildContentIndex(result.pack);
}

describe("tour steps", () => {
  it("moves within 1…N and stops at the ends", () => {
    expect(stepAfter("next", 1, 3)).toBe(2);
    expect(stepAfter("next", 3, 3)).toBe(3);
    expect(stepAfter("previous", 1, 3)).toBe(1);
    expect(stepAfter("previous", 3, 3)).toBe(2);
    expect(stepAfter("first", 3, 3)).toBe(1);
    expect(stepAfter("last", 1, 3)).toBe(3);
  });

  it("loops to the first stop after the last in kiosk mode", () => {
    expect(stepAfter("next", 3, 3, true)).toBe(1);
    expect(stepAfter("next", 2, 3, true)).toBe(3);
  });

  it("brings a step out of range back inside the tour", () => {
    expect(stepAfter("next", 9, 3)).toBe(3);
    expect(stepAfter("previous", 0, 3)).toBe(1);
  });
});

describe("clicker keys", () => {
  it.each([
    ["PageDown", "next"],
    [" ", "next"],
    ["ArrowRight", "next"],
    ["PageUp", "previous"],
    ["ArrowLeft", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["b", "blackout"],
    ["B", "blackout"],
    [".", "blackout"],
    ["f", "fullscreen"],
    ["Escape", "leave"],
  ] as const)("%j means %s", (key, command) => {
    expect(tourCommandOfKey(key)).toBe(command);
  });

  it("leaves other keys alone (walking keys included)", () => {
    for (const key of ["ArrowUp", "ArrowDown", "z", "Enter", "Tab"]) expect(tourCommandOfKey(key)).toBeNull();
  });
});

describe("a tour's content", () => {
  const index = content();

  it("resolves a stop's company, workshop and machine, and nothing out of range", () => {
    const tour = index.tourById.get("decouverte");
    if (!tour) throw new Error("no tour");
    const place = resolveTourStop(index, tour, 2);
    expect(place).toMatchObject({ step: 2, total: 2 });
    expect(place?.machine.id).toBe("poste-soudure");
    expect(place?.company.id).toBe("acierie-test");
    expect(resolveTourStop(index, tour, 3)).toBeNull();
    expect(resolveTourStop(index, tour, 0)).toBeNull();
    expect(resolveView({ view: "tour", tour: "inconnue", step: 1 }, { content: index }).page.kind).toBe(
      "notFound",
    );
  });

  it("lists the trades met once each, in the order of the stops", () => {
    const tour = index.tourById.get("decouverte");
    if (!tour) throw new Error("no tour");
    expect(tradesOfTour(index, tour).map((job) => job.id)).toEqual(["soudeur", "chaudronnier"]);
  });

  it("puts the stage in the stop's workshop, framing its machine; the presenter gets no scene", () => {
    const sceneOf = (route: Route) => resolveView(route, { content: index }).scene;
    const route = { view: "tour", tour: "decouverte", step: 1, presenter: false, auto: false } as const;
    expect(sceneOf(route)).toMatchObject({
      kind: "workshop",
      key: "acierie-test/soudage",
      machineId: "robot",
      focusMachineId: "robot",
    });
    expect(sceneOf({ ...route, presenter: true })).toBeNull();
    expect(sceneOf({ ...route, step: 5 })).toBeNull();
    expect(sceneOf({ view: "workshop", company: "acierie-test", workshop: "soudage" })).toMatchObject({
      focusMachineId: undefined,
    });
  });
});

describe("presenter ⇄ projector messages", () => {
  it("accepts {tour, step} only", () => {
    expect(isTourSyncMessage({ tour: "t", step: 2 })).toBe(true);
    expect(isTourSyncMessage({ tour: "t", step: 0 })).toBe(false);
    expect(isTourSyncMessage({ tour: "t", step: "2" })).toBe(false);
    expect(isTourSyncMessage(null)).toBe(false);
  });
});

describe("elapsed time", () => {
  it("reads m:ss, then h:mm:ss", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(65_000)).toBe("1:05");
    expect(formatElapsed(3_725_000)).toBe("1:02:05");
  });
});
