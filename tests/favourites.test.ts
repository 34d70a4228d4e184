// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { preferencesKey } from "../src/state/preferencesStorage";

/** A fresh store module, so that it hydrates from whatever localStorage holds now. */
async function freshStore() {
  vi.resetModules();
  const { useStore } = await import("../src/state/store");
  const actions = await import("../src/state/actions");
  return { useStore, ...actions };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe("favourites", () => {
  it("toggles a trade in and out, keeping the order they were added", async () => {
    const { useStore, toggleFavourite } = await freshStore();
    expect(useStore.getState().favourites).toEqual([]);
    toggleFavourite("soudeur");
    toggleFavourite("chaudronnier");
    expect(useStore.getState().favourites).toEqual(["soudeur", "chaudronnier"]);
    toggleFavourite("soudeur");
    expect(useStore.getState().favourites).toEqual(["chaudronnier"]);
  });

  it("survive a reload with the language and quality, and nothing else is stored", async () => {
    const first = await freshStore();
    first.toggleFavourite("soudeur");
    first.setLocale("en");
    first.openCompany("acierie");
    const stored = JSON.parse(localStorage.getItem(preferencesKey) ?? "null");
    expect(stored.state).toEqual({ locale: "en", favourites: ["soudeur"], quality: "auto" });

    const second = await freshStore();
    expect(second.useStore.getState().favourites).toEqual(["soudeur"]);
    expect(second.useStore.getState().locale).toBe("en");
    expect(second.useStore.getState().route).toEqual({ view: "town" });
  });

  it("are written when they change, not at every change of the store (a model's progress)", async () => {
    const { toggleFavourite, modelProgressed, sceneShown } = await freshStore();
    toggleFavourite("soudeur");
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    sceneShown("acierie/laminoir");
    for (let loaded = 0; loaded <= 100; loaded += 10) modelProgressed(loaded, 100);
    expect(setItem).not.toHaveBeenCalled();
    toggleFavourite("chaudronnier");
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem(preferencesKey) ?? "null").state.favourites).toEqual([
      "soudeur",
      "chaudronnier",
    ]);
  });

  it.each([
    ["not JSON", "{oops"],
    [
      "favourites not an array",
      JSON.stringify({ state: { favourites: "soudeur", locale: "xx" }, version: 1 }),
    ],
    ["a bare number", "42"],
    ["null state", JSON.stringify({ state: null })],
  ])("start empty when storage holds %s", async (_, garbage) => {
    localStorage.setItem(preferencesKey, garbage);
    const { useStore, toggleFavourite } = await freshStore();
    expect(useStore.getState().favourites).toEqual([]);
    expect(useStore.getState().locale).toBe("fr");
    toggleFavourite("soudeur");
    expect(useStore.getState().favourites).toEqual(["soudeur"]);
  });

  it("keeps only the strings of a mixed favourites list", async () => {
    localStorage.setItem(
      preferencesKey,
      JSON.stringify({ state: { favourites: ["soudeur", 3, null, "soudeur", "marin"] }, version: 1 }),
    );
    const { useStore } = await freshStore();
    expect(useStore.getState().favourites).toEqual(["soudeur", "marin"]);
  });

  it("work, without remembering, when storage throws", async () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    const { useStore, toggleFavourite } = await freshStore();
    expect(() => toggleFavourite("soudeur")).not.toThrow();
    expect(useStore.getState().favourites).toEqual(["soudeur"]);
  });
});
