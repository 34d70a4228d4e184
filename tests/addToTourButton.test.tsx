// @vitest-environment jsdom
import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildContentIndex } from "../src/content/contentIndex";
import { validatePack } from "../src/content/validatePack";
import { AddToTourButton } from "../src/tours/builder/AddToTourButton";
import { minimalPack } from "./fixtures/minimalPack";

// The tours' actions are imported when the button is pressed: here that import fails, as it does
// offline before the code was cached, or after a new version of the site replaced it.
vi.mock("../src/state/ownToursActions", () => {
  throw new Error("Failed to fetch dynamically imported module");
});

function firstMachine() {
  const result = validatePack(minimalPack());
  if (!result.ok) throw new Error("invalid pack");
  const content = buildContentIndex(result.pack);
  const company = result.pack.companies[0];
  const workshop = company?.workshops[0];
  const machine = workshop?.machines[0];
  if (!company || !workshop || !machine) throw new Error("the minimal pack has no machine");
  return { content, company, workshop, machine };
}

describe("« Ajouter à ma visite »", () => {
  afterEach(cleanup);

  it("says that the stop was not added when its code cannot be loaded", async () => {
    const { getByRole, findByText } = render(<AddToTourButton {...firstMachine()} />);
    fireEvent.click(getByRole("button"));
    expect(await findByText(/L’étape n’a pas pu être ajoutée/)).toBeTruthy();
  });
});
