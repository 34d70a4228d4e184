// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMachine, openWorkshop } from "../src/state/actions";
import { useStore } from "../src/state/store";
import { startUrlSync } from "../src/state/urlSync";

const initial = useStore.getState();

function waitForHashChange(): Promise<void> {
  return new Promise((resolve) => window.addEventListener("hashchange", () => resolve(), { once: true }));
}

describe("URL sync", () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    useStore.setState(initial, true);
    window.history.replaceState(null, "", "#/");
  });
  afterEach(() => stop());

  it("restores the view named by the URL at start (reload)", () => {
    window.history.replaceState(null, "", "#/usine/a/b/c");
    stop = startUrlSync(window);
    expect(useStore.getState().route).toEqual({
      view: "workshop",
      company: "a",
      workshop: "b",
      machine: "c",
    });
  });

  it("writes each store move to the URL as a new history entry", () => {
    stop = startUrlSync(window);
    const length = window.history.length;
    openWorkshop("a", "b");
    expect(window.location.hash).toBe("#/usine/a/b");
    openMachine("a", "b", "c");
    expect(window.location.hash).toBe("#/usine/a/b/c");
    expect(window.history.length).toBe(length + 2);
  });

  it("follows the URL when it changes by itself (a link, Back)", async () => {
    stop = startUrlSync(window);
    const changed = waitForHashChange();
    window.location.hash = "#/metiers/soudeur";
    await changed;
    expect(useStore.getState().route).toEqual({ view: "jobs", job: "soudeur" });
  });

  it("Back returns the store to the previous view", async () => {
    stop = startUrlSync(window);
    openWorkshop("a", "b");
    openMachine("a", "b", "c");
    const changed = waitForHashChange();
    window.history.back();
    await changed;
    expect(useStore.getState().route).toEqual({ view: "workshop", company: "a", workshop: "b" });
  });
});
