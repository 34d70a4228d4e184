import { type ThreeEvent, useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { Color, type Mesh, type MeshStandardMaterial } from "three";
import type { BuildingPlacement } from "../content/modelContract/townLayout";
import { openCompany, setHoveredCompany } from "../state/actions";
import { useStore } from "../state/store";
import { BuildingShapeMesh } from "./BuildingShapeMesh";

export interface BuildingProps {
  placement: BuildingPlacement;
  /** The town model's building for this sector; null draws the simple shapes instead. */
  prototype?: Mesh | null;
}

const glow = new Color("#fff4d6");

/** The prototype's geometry with a material of its own, so that only this building lights up. */
function useOwnBuilding(
  prototype: Mesh | null | undefined,
): { mesh: Mesh; material: MeshStandardMaterial } | null {
  const own = useMemo(() => {
    if (!prototype) return null;
    const mesh = prototype.clone();
    const material = (prototype.material as MeshStandardMaterial).clone();
    mesh.material = material;
    return { mesh, material };
  }, [prototype]);
  useEffect(() => () => own?.material.dispose(), [own]);
  return own;
}

/** One company in the town: its building, highlighted on hover or focus, entered on click. */
export function Building({ placement, prototype }: BuildingProps) {
  const { company } = placement;
  const highlighted = useStore((s) => s.hoveredCompany === company.id);
  const own = useOwnBuilding(prototype);

  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!own) return;
    if (highlighted) own.material.emissive.copy(glow);
    else own.material.emissive.setRGB(0, 0, 0);
    own.material.emissiveIntensity = highlighted ? 0.45 : 0;
    // NOTE: the frame loop sleeps ("demand"): a material changed outside React props needs a frame.
    invalidate();
  }, [own, highlighted, invalidate]);

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    openCompany(company.id);
  };
  const onOver = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    setHoveredCompany(company.id);
    document.body.style.cursor = "pointer";
  };
  const onOut = () => {
    setHoveredCompany(null);
    document.body.style.cursor = "";
  };

  return (
    <group
      position={[placement.x, 0, placement.z]}
      name={`building:${company.id}`}
      onClick={onClick}
      onPointerOver={onOver}
      onPointerOut={onOut}
    >
      <group scale={placement.scale}>
        {own ? (
          <primitive object={own.mesh} />
        ) : (
          <BuildingShapeMesh shape={placement.shape} color={placement.color} highlighted={highlighted} />
        )}
      </group>
    </group>
  );
}
