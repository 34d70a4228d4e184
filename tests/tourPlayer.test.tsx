// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildContentIndex } from "../src/content/contentIndex";
import { resolveTourStop } from "../src/content/resolvePlace";
import { validatePack } from "../src/content/validatePack";
import { navigate } from "../src/state/actions";
import { useStore } from "../src/state/store";
import { TourPlayer } from "../src/tours/TourPlayer";
import { minimalPack } from "./fixtures/minimalPack";

const initial = useStore.getState();

/** The minimal pack's tour, with a second stop. */
function content() {
  const raw = minimalPack();
  (raw.tours[0] as { stops: Record<string, unknown>[] }).stops.push({
    company: "acierie-test",
    workshop: "soudage",
    machine: "poste-soudure",
    narration: "Voici le poste de soudure.",
    notes: "Parler des métiers.",
  });
  const result = validatePack(raw);
  if (!result.ok) throw new Error("invalid pack");
  return buildContentIndex(result.pack);
}
const index = content();

/** Renders the player for the route in the store, as StageOverlay does. */
function Player() {
  const route = useStore((s) => s.route);
  if (route.view !== "tour") return null;
  const tour = index.tourById.get(route.tour);
  const place = tour ? resolveTourStop(index, tour, route.step) : null;
  return place ? <TourPlayer place={place} auto={route.auto === true} /> : null;
}

const step = () => {
  const route = useStore.getState().route;
  return route.view === "tour" ? route.step : null;
};
const press = (key: string, target: EventTarget = window) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  });

describe("the tour player", () => {
  beforeEach(() => {
    useStore.setState(initial, true);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it("follows the clicker keys, each stop a new history entry", () => {
    navigate({ view: "tour", tour: "decouverte", step: 1, presenter: false, auto: false });
    const { container } = render(<Player />);
    expect(container.querySelector("[data-tour-step]")?.textContent).toBe("1 / 2");
    press("PageDown");
    expect(step()).toBe(2);
    expect(useStore.getState().historyMode).toBe("push");
    expect(container.querySelector("[data-tour-step]")?.textContent).toBe("2 / 2");
    press(" ");
    expect(step()).toBe(2);
    press("Home");
    expect(step()).toBe(1);
    press("End");
    expect(step()).toBe(2);
    press("PageUp");
    expect(step()).toBe(1);
  });

  it("blacks the screen out with B or “.”, and leaves with Escape", () => {
    navigate({ view: "tour", tour: "decouverte", step: 1, presenter: false, auto: false });
    const { container } = render(<Player />);
    press("b");
    expect(container.querySelector("[data-blackout]")).not.toBeNull();
    press(".");
    expect(container.querySelector("[data-blackout]")).toBeNull();
    press("Escape");
    expect(useStore.getState().route).toEqual({ view: "tours" });
  });

  it("ignores keys typed in a text field", () => {
    navigate({ view: "tour", tour: "decouverte", step: 1, presenter: false, auto: false });
    render(<Player />);
    const field = document.createElement("input");
    document.body.append(field);
    press(" ", field);
    expect(step()).toBe(1);
    field.remove();
  });

  it("moves on every 20 s in kiosk mode and starts again after the last stop", () => {
    vi.useFakeTimers();
    navigate({ view: "tour", tour: "decouverte", step: 1, presenter: false, auto: true });
    render(<Player />);
    act(() => vi.advanceTimersByTime(19_000));
    expect(step()).toBe(1);
    act(() => vi.advanceTimersByTime(1_000));
    expect(step()).toBe(2);
    expect(useStore.getState().historyMode).toBe("replace");
    act(() => vi.advanceTimersByTime(20_000));
    expect(step()).toBe(1);
  });

  it("hides the pointer after 3 s without movement", () => {
    vi.useFakeTimers();
    navigate({ view: "tour", tour: "decouverte", step: 1, presenter: false, auto: false });
    render(<Player />);
    act(() => vi.advanceTimersByTime(3_100));
    expect(document.documentElement.classList.contains("tour-cursor-hidden")).toBe(true);
    cleanup();
    expect(document.documentElement.classList.contains("tour-cursor-hidden")).toBe(false);
  });
});
