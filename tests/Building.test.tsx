import ReactThreeTestRenderer from "@react-three/test-renderer";
import { beforeEach, describe, expect, it } from "vitest";
import type { BuildingPlacement } from "../src/content/modelContract/townLayout";
import type { Company } from "../src/content/schema";
import { useStore } from "../src/state/store";
import { Building } from "../src/town/Building";
import { minimalPack } from "./fixtures/minimalPack";

const initial = useStore.getState();
const company = minimalPack().companies[0] as unknown as Company;
const placement: BuildingPlacement = { company, shape: "chimney", color: "#336699", scale: 1, x: 4, z: -2 };

describe("a town building", () => {
  beforeEach(() => useStore.setState(initial, true));

  it("enters its company when clicked", async () => {
    const renderer = await ReactThreeTestRenderer.create(<Building placement={placement} />);
    const building = renderer.scene.findByProps({ name: `building:${company.id}` });
    await renderer.fireEvent(building, "click");
    expect(useStore.getState().route).toEqual({ view: "company", company: company.id });
  });

  it("draws a landmark for its sector and stands where the layout put it", async () => {
    const renderer = await ReactThreeTestRenderer.create(<Building placement={placement} />);
    const group = renderer.scene.findByProps({ name: `building:${company.id}` });
    expect(group.instance.position.toArray()).toEqual([4, 0, -2]);
    // A hall and its chimney.
    expect(group.findAllByType("Mesh")).toHaveLength(2);
  });
});
