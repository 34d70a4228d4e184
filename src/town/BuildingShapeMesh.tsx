import type { BuildingShape } from "../content/modelContract/townLayout";

export interface BuildingShapeMeshProps {
  shape: BuildingShape;
  color: string;
  highlighted: boolean;
}

const wall = "#e9e4da";
const metal = "#9aa3ad";

/** The few meshes that make a building recognisable: a hall plus its sector's landmark. */
export function BuildingShapeMesh({ shape, color, highlighted }: BuildingShapeMeshProps) {
  const emissive = highlighted ? "#ffffff" : "#000000";
  const emissiveIntensity = highlighted ? 0.25 : 0;
  const body = (
    <mesh position={[0, 1.6, 0]}>
      <boxGeometry args={[5, 3.2, 4]} />
      <meshStandardMaterial color={wall} emissive={emissive} emissiveIntensity={emissiveIntensity} />
    </mesh>
  );
  const roofMaterial = (
    <meshStandardMaterial color={color} emissive={emissive} emissiveIntensity={emissiveIntensity} />
  );
  switch (shape) {
    case "chimney":
      return (
        <>
          {body}
          <mesh position={[1.6, 4.5, -1]}>
            <cylinderGeometry args={[0.35, 0.5, 9, 12]} />
            {roofMaterial}
          </mesh>
        </>
      );
    case "tanks":
      return (
        <>
          {body}
          <mesh position={[-1.4, 4.2, 0]}>
            <cylinderGeometry args={[1.1, 1.1, 2.2, 16]} />
            {roofMaterial}
          </mesh>
          <mesh position={[1.8, 4, 1]}>
            <cylinderGeometry args={[0.25, 0.25, 8, 8]} />
            <meshStandardMaterial color={metal} />
          </mesh>
        </>
      );
    case "crane":
      return (
        <>
          {body}
          <mesh position={[2, 4, 0]}>
            <boxGeometry args={[0.4, 8, 0.4]} />
            {roofMaterial}
          </mesh>
          <mesh position={[0.5, 7.8, 0]}>
            <boxGeometry args={[5, 0.4, 0.4]} />
            {roofMaterial}
          </mesh>
        </>
      );
    case "silo":
      return (
        <>
          {body}
          <mesh position={[-1.2, 3.5, -0.5]}>
            <cylinderGeometry args={[1, 1, 7, 16]} />
            {roofMaterial}
          </mesh>
          <mesh position={[1, 3, -0.5]}>
            <cylinderGeometry args={[0.9, 0.9, 6, 16]} />
            {roofMaterial}
          </mesh>
        </>
      );
    case "dome":
      return (
        <>
          {body}
          <mesh position={[0, 3.2, 0]}>
            <sphereGeometry args={[2, 20, 10, 0, Math.PI * 2, 0, Math.PI / 2]} />
            {roofMaterial}
          </mesh>
        </>
      );
    case "sawtooth":
      return (
        <>
          {body}
          <mesh position={[0, 3.9, 0]} rotation={[0, 0, 0]}>
            <cylinderGeometry args={[1, 1, 4, 3, 1]} />
            {roofMaterial}
          </mesh>
        </>
      );
    case "hangar":
      return (
        <mesh position={[0, 0, 0]} rotation={[Math.PI / 2, 0, 0]}>
          <cylinderGeometry args={[2.6, 2.6, 5, 20, 1, false, Math.PI / 2, Math.PI]} />
          <meshStandardMaterial
            color={color}
            side={2}
            emissive={emissive}
            emissiveIntensity={emissiveIntensity}
          />
        </mesh>
      );
    case "pylon":
      return (
        <>
          {body}
          <mesh position={[2.2, 4.5, 1.5]}>
            <coneGeometry args={[0.8, 9, 4]} />
            {roofMaterial}
          </mesh>
        </>
      );
    case "hall":
      return (
        <>
          {body}
          <mesh position={[0, 3.45, 0]}>
            <boxGeometry args={[5.2, 0.5, 4.2]} />
            {roofMaterial}
          </mesh>
        </>
      );
  }
}
