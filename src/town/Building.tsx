import type { ThreeEvent } from "@react-three/fiber";
import { openCompany, setHoveredCompany } from "../state/actions";
import { useStore } from "../state/store";
import { BuildingShapeMesh } from "./BuildingShapeMesh";
import type { BuildingPlacement } from "./townLayout";

export interface BuildingProps {
  placement: BuildingPlacement;
}

/** One company in the town: its building, highlighted on hover or focus, entered on click. */
export function Building({ placement }: BuildingProps) {
  const { company } = placement;
  const highlighted = useStore((s) => s.hoveredCompany === company.id);

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
        <BuildingShapeMesh shape={placement.shape} color={placement.color} highlighted={highlighted} />
      </group>
    </group>
  );
}
