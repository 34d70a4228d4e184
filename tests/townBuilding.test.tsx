import ReactThreeTestRenderer from "@react-three/test-renderer";
import { BoxGeometry, Mesh, MeshStandardMaterial } from "three";
import { beforeEach, describe, expect, it } from "vitest";
import type { BuildingPlacement } from "../src/content/modelContract/townLayout";
import type { Company } from "../src/content/schema";
import { useStore } from "../src/state/store";
import { Building } from "../src/town/Building";
import { minimalPack } from "./fixtures/minimalPack";

const initial = useStore.getState();
const company = minimalPack().companies[0] as unknown as Company;
const placement: BuildingPlacement = { company, shape: "chimney", color: "#336699", scale: 0.9, x: 4, z: -2 };
const prototype = new Mesh(new BoxGeometry(5, 3, 4), new MeshStandardMaterial({ vertexColors: true }));

describe("a town building cloned from the town model's prototype", () => {
  beforeEach(() => useStore.setState(initial, true));

  it("is one mesh of its own, entered on click, lit while its company is pointed at", async () => {
    const renderer = await ReactThreeTestRenderer.create(
      <Building placement={placement} prototype={prototype} />,
    );
    const group = renderer.scene.findByProps({ name: `building:${company.id}` });
    const meshes = group.findAllByType("Mesh");
    expect(meshes).toHaveLength(1);
    const material = (meshes[0]?.instance as Mesh | undefined)?.material as MeshStandardMaterial;
    // Its own material: lighting one building up leaves the prototype (and the others) alone.
    expect(material).not.toBe(prototype.material);
    expect(material.emissiveIntensity).toBe(0);

    await ReactThreeTestRenderer.act(async () => useStore.setState({ hoveredCompany: company.id }));
    expect(material.emissiveIntensity).toBeGreaterThan(0);
    expect((prototype.material as MeshStandardMaterial).emissiveIntensity).toBe(1);

    await renderer.fireEvent(group, "click");
    expect(useStore.getState().route).toEqual({ view: "company", company: company.id });
  });
});
