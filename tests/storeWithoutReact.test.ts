import { describe, expect, it, vi } from "vitest";

// The store's core and its actions must run where React is not: a socket handler, a worker, a
// script, this test. If anything below imported React, this mock would make the import throw.
vi.mock("react", () => {
  throw new Error("React was imported by the store's core or its actions");
});

const { appStore } = await import("../src/state/appStore");
const { openMachine, closeMachine, navigate } = await import("../src/state/actions");
const { parseHash } = await import("../src/state/route");

describe("the store's vanilla core", () => {
  it("runs the navigation actions with no React loaded", () => {
    openMachine("acierie-du-golfe", "haut-fourneau-acierie", "haut-fourneau");
    expect(appStore.getState().route).toEqual({
      view: "workshop",
      company: "acierie-du-golfe",
      workshop: "haut-fourneau-acierie",
      machine: "haut-fourneau",
    });
    closeMachine();
    expect(appStore.getState().route).toEqual(parseHash("#/usine/acierie-du-golfe/haut-fourneau-acierie"));
    navigate(parseHash("#/visites/mes-visites"));
    expect(appStore.getState().route.view).toBe("myTours");
  });

  it("tells its subscribers, as zustand's vanilla store does", () => {
    const seen: string[] = [];
    const unsubscribe = appStore.subscribe((state) => seen.push(state.route.view));
    navigate({ view: "jobs" });
    unsubscribe();
    navigate({ view: "quiz" });
    expect(seen).toEqual(["jobs"]);
  });
});
