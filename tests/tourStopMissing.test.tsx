// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Tour } from "../src/content/schema";
import { navigate } from "../src/state/actions";
import { useStore } from "../src/state/store";
import { TourStopMissingPage } from "../src/tours/builder/TourStopMissingPage";
import { teacherTour } from "./fixtures/teacherTour";

const initial = useStore.getState();
const tour: Tour = { ...teacherTour, id: "perso-test", title: "<script>alert(1)</script> Ma visite" };

describe("a stop whose machine left the pack", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    useStore.setState(initial, true);
  });

  it("says so in an alert, the title as text, with a way on", () => {
    navigate({ view: "tour", tour: tour.id, step: 2 });
    const { container, getByRole } = render(<TourStopMissingPage tour={tour} step={2} />);
    expect(getByRole("alert").textContent).toContain(
      "L’étape 2 de «\u00a0<script>alert(1)</script> Ma visite\u00a0»",
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("[data-tour-step]")?.textContent).toBe("2 / 10");
    expect(container.querySelector(`a[href="#/visite/${tour.id}/3"]`)).not.toBeNull();
    act(() => vi.advanceTimersByTime(10_000));
    expect(useStore.getState().route).toMatchObject({ view: "tour", step: 2 });
  });

  it("moves a kiosk on to the next stop, and from the last back to the first", () => {
    navigate({ view: "tour", tour: tour.id, step: 10, auto: true });
    render(<TourStopMissingPage tour={tour} step={10} />);
    act(() => vi.advanceTimersByTime(3000));
    expect(useStore.getState().route).toMatchObject({ view: "tour", tour: tour.id, step: 1, auto: true });
  });
});
