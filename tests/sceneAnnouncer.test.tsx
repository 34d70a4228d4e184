// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildContentIndex } from "../src/content/contentIndex";
import { validatePack } from "../src/content/validatePack";
import { SceneAnnouncer } from "../src/shell/SceneAnnouncer";
import { resolveView } from "../src/state/resolveView";
import type { Route } from "../src/state/route";
import { minimalPack } from "./fixtures/minimalPack";

const validation = validatePack(minimalPack());
if (!validation.ok) throw new Error("fixture pack is invalid");
const content = buildContentIndex(validation.pack);
const overlayOf = (route: Route) => resolveView(route, { content }).overlay;

describe("scene announcer", () => {
  it("announces the workshop entered", () => {
    render(
      <SceneAnnouncer
        content={content}
        overlay={overlayOf({ view: "workshop", company: "acierie-test", workshop: "soudage" })}
      />,
    );
    expect(screen.getByText(/Atelier de soudage, Aciérie Test/).getAttribute("aria-live")).toBe("polite");
  });

  it("announces the trade of the machine opened", () => {
    render(
      <SceneAnnouncer
        content={content}
        overlay={overlayOf({
          view: "workshop",
          company: "acierie-test",
          workshop: "soudage",
          machine: "robot",
        })}
      />,
    );
    expect(screen.getByText(/Soudeur·se/)).toBeTruthy();
  });

  it("says nothing outside a workshop", () => {
    const { container } = render(<SceneAnnouncer content={content} overlay={overlayOf({ view: "town" })} />);
    expect(container.textContent).toBe("");
  });
});
