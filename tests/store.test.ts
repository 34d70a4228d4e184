import { beforeEach, describe, expect, it } from "vitest";
import {
  closeMachine,
  navigate,
  openCompany,
  openMachine,
  openWorkshop,
  showPanelJob,
} from "../src/state/actions";
import { townRoute } from "../src/state/route";
import { useStore } from "../src/state/store";

const initial = useStore.getState();

describe("navigation store", () => {
  beforeEach(() => useStore.setState(initial, true));

  it("starts in the town", () => {
    expect(useStore.getState().route).toEqual(townRoute);
  });

  it("moves town → company → workshop → machine with history pushes", () => {
    openCompany("c");
    expect(useStore.getState().route).toEqual({ view: "company", company: "c" });
    openWorkshop("c", "w");
    openMachine("c", "w", "m");
    expect(useStore.getState().route).toEqual({
      view: "workshop",
      company: "c",
      workshop: "w",
      machine: "m",
    });
    expect(useStore.getState().historyMode).toBe("push");
  });

  it("closing the panel goes back to the workshop's route", () => {
    openMachine("c", "w", "m");
    closeMachine();
    expect(useStore.getState().route).toEqual({ view: "workshop", company: "c", workshop: "w" });
  });

  it("closing when no panel is open changes nothing", () => {
    openWorkshop("c", "w");
    const before = useStore.getState().route;
    closeMachine();
    expect(useStore.getState().route).toBe(before);
  });

  it("forgets the chosen trade when another machine opens", () => {
    openMachine("c", "w", "m");
    showPanelJob("soudeur");
    expect(useStore.getState().panelJob).toBe("soudeur");
    openMachine("c", "w", "n");
    expect(useStore.getState().panelJob).toBeNull();
  });

  it("ignores a navigation to the same place", () => {
    openWorkshop("c", "w");
    const state = useStore.getState();
    navigate({ view: "workshop", company: "c", workshop: "w" }, "replace");
    expect(useStore.getState()).toBe(state);
  });
});
