import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { requestCameraShot } from "../stage/cameraShot";
import { FirstFrameSignal } from "../stage/FirstFrameSignal";
import { Building } from "./Building";
import { TownGreenery } from "./TownGreenery";
import { townShot } from "./townCamera";
import { townExtent } from "./townLayout";
import { useTownLayout } from "./useTownLayout";

export interface TownSceneProps {
  content: ContentIndex;
}

/** The town "entre terre et mer": one district per sector, one building per company, the sea to the south. */
export function TownScene({ content }: TownSceneProps) {
  const districts = useTownLayout(content);
  const extent = useMemo(() => townExtent(districts), [districts]);
  const landDepth = extent.depth + 30;
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  useEffect(() => {
    const { eye, target } = townShot(districts, aspect);
    requestCameraShot(eye, target, "cut");
  }, [districts, aspect]);
  return (
    <group name="town">
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.05, -landDepth / 2 + 14]} receiveShadow>
        <planeGeometry args={[extent.width + 60, landDepth]} />
        <meshStandardMaterial color="#d9cfb4" />
      </mesh>
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.3, 14 + 60]}>
        <planeGeometry args={[extent.width + 400, 120]} />
        <meshStandardMaterial color="#2a7fb8" roughness={0.35} metalness={0.1} />
      </mesh>
      {districts.map((district) => (
        <group key={district.sector.id}>
          <mesh rotation={[-Math.PI / 2, 0, 0]} position={[district.x, 0.01, district.z]} receiveShadow>
            <planeGeometry args={[district.size, district.size]} />
            <meshStandardMaterial color={district.sector.color} transparent opacity={0.35} />
          </mesh>
          {district.buildings.map((placement) => (
            <Building key={placement.company.id} placement={placement} />
          ))}
        </group>
      ))}
      <TownGreenery districts={districts} />
      <FirstFrameSignal sceneKey="town" />
    </group>
  );
}
