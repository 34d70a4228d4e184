// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildContentIndex } from "../src/content/contentIndex";
import { resolveTourStop } from "../src/content/resolvePlace";
import { validatePack } from "../src/content/validatePack";
import { ClassPupilOverlay } from "../src/live/ClassPupilOverlay";
import type { ClassState } from "../src/protocol/schema";
import { contentLoaded } from "../src/state/actions";
import {
  classResultsReceived,
  classStateReceived,
  liveConnectionChanged,
  liveStarted,
  showLiveProblem,
} from "../src/state/liveActions";
import { useStore } from "../src/state/store";
import { minimalPack } from "./fixtures/minimalPack";

const initial = useStore.getState();

/** The minimal pack's tour: one stop, its question with three choices (the first one right). */
function content() {
  const raw = minimalPack();
  const stop = (raw.tours[0] as { stops: Record<string, unknown>[] }).stops[0] as Record<string, unknown>;
  stop.question = {
    prompt: "Que fait ce robot ?",
    choices: ["Il soude", "Il peint", "Il coule"],
    correct: 0,
    answer: "Il soude.",
  };
  const result = validatePack(raw);
  if (!result.ok) throw new Error("invalid pack");
  return buildContentIndex(result.pack);
}
const index = content();
const tour = index.tourById.get("decouverte");
const place = tour ? resolveTourStop(index, tour, 1) : null;
if (!place) throw new Error("no stop");

const classState = (patch: Partial<ClassState> = {}): ClassState => ({
  tour: "decouverte",
  step: 0,
  mode: "follow",
  revealed: false,
  pupils: 3,
  ended: false,
  ...patch,
});

describe("the pupil's screen in a live class", () => {
  beforeEach(() => {
    useStore.setState(initial, true);
    contentLoaded(index);
    liveStarted("pupil", "ABC234", "decouverte", { 0: 1 });
    classStateReceived(classState());
  });
  afterEach(cleanup);

  it("shows the step, the narration, one big button per choice with the pupil's answer pressed", () => {
    const { container, getByLabelText } = render(<ClassPupilOverlay place={place} />);
    expect(container.querySelector("[data-tour-step]")?.textContent).toBe("1 / 1");
    expect(container.querySelector("[data-tour-narration]")?.textContent).toBe("Voici un robot de soudure.");
    const choices = [...container.querySelectorAll<HTMLButtonElement>("[data-class-choice]")];
    expect(choices.map((c) => c.textContent)).toEqual(["Il soude", "Il peint", "Il coule"]);
    expect(choices.map((c) => c.getAttribute("aria-pressed"))).toEqual(["false", "true", "false"]);
    expect(choices.every((c) => !c.disabled)).toBe(true);
    expect(getByLabelText("Poser une question").tagName).toBe("TEXTAREA");
    expect(container.querySelector("[data-correct]")).toBeNull();
  });

  it("once revealed: the choices lock, the right one is marked, the tally shows", () => {
    const { container } = render(<ClassPupilOverlay place={place} />);
    act(() => {
      classStateReceived(classState({ revealed: true }));
      classResultsReceived({ step: 0, counts: [2, 1, 0], total: 3 });
    });
    const choices = [...container.querySelectorAll<HTMLButtonElement>("[data-class-choice]")];
    expect(choices.every((c) => c.disabled)).toBe(true);
    expect(choices[0]?.hasAttribute("data-correct")).toBe(true);
    expect(choices[0]?.textContent).toContain("67 %");
    expect(choices[1]?.textContent).toContain("ton choix");
  });

  it("says « reconnexion… » while the connection is lost, and shows refusals as alerts", () => {
    const { container, queryByRole } = render(<ClassPupilOverlay place={place} />);
    expect(container.querySelector("[data-class-reconnecting]")).toBeNull();
    act(() => liveConnectionChanged("reconnecting"));
    expect(container.querySelector("[data-class-reconnecting]")?.textContent).toBe("reconnexion…");
    act(() => liveConnectionChanged("connected"));
    expect(container.querySelector("[data-class-reconnecting]")).toBeNull();
    act(() => showLiveProblem("too-late"));
    expect(queryByRole("alert")?.textContent).toContain("Trop tard");
  });

  it("folds its text away in free mode, and brings it back on « Rappel »", () => {
    const { container } = render(<ClassPupilOverlay place={place} />);
    const panel = () => container.querySelector<HTMLElement>(".class-pupil-panel");
    expect(panel()?.hidden).toBe(false);
    act(() => classStateReceived(classState({ mode: "free" })));
    expect(panel()?.hidden).toBe(true);
    expect(container.textContent).toContain("Mode libre");
    act(() => classStateReceived(classState({ mode: "follow" })));
    expect(panel()?.hidden).toBe(false);
  });
});
