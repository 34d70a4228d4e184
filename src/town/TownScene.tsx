import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { Fog } from "three";
import type { ContentIndex } from "../content/contentIndex";
import type { DistrictPlacement } from "../content/modelContract/townLayout";
import { requestCameraShot } from "../stage/cameraShot";
import { FirstFrameSignal } from "../stage/FirstFrameSignal";
import { Building } from "./Building";
import { SeaWaves } from "./SeaWaves";
import { TownGreenery } from "./TownGreenery";
import { TownMotion } from "./TownMotion";
import { TownSky } from "./TownSky";
import { townShot } from "./townCamera";
import { useTownLayout } from "./useTownLayout";
import { type TownModel, useTownModel } from "./useTownModel";

export interface TownSceneProps {
  content: ContentIndex;
}

/** The generated town (land, sea, landmarks, trees) and one building per company, cloned from its sector's prototype. */
function TownModelContent({
  districts,
  model,
}: {
  districts: ReadonlyArray<DistrictPlacement>;
  model: TownModel;
}) {
  return (
    <>
      <primitive object={model.scene} dispose={null} />
      <TownMotion scene={model.scene} clips={model.clips} waves={model.waves} />
      <SeaWaves sea={model.sea} />
      {districts.flatMap((district) =>
        district.buildings.map((placement) => (
          <Building
            key={placement.company.id}
            placement={placement}
            prototype={model.prototypeFor(district.sector.id)}
          />
        )),
      )}
      <FirstFrameSignal sceneKey="town" />
    </>
  );
}

/** Without the town model (missing or corrupt file): flat land, the sea, and simple buildings. */
function TownWithoutModel({ districts }: { districts: ReadonlyArray<DistrictPlacement> }) {
  return (
    <>
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.05, -40]}>
        <planeGeometry args={[400, 120]} />
        <meshStandardMaterial color="#b4b476" />
      </mesh>
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.3, 80]}>
        <planeGeometry args={[600, 120]} />
        <meshStandardMaterial color="#2c8fc0" roughness={0.35} />
      </mesh>
      {districts.map((district) => (
        <group key={district.sector.id}>
          <mesh rotation={[-Math.PI / 2, 0, 0]} position={[district.x, 0.01, district.z]}>
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
    </>
  );
}

/** A warm haze over the distance while the town is on screen. */
function TownAtmosphere() {
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const previous = scene.fog;
    scene.fog = new Fog("#f1e3cb", 260, 900);
    return () => {
      scene.fog = previous;
    };
  }, [scene]);
  return (
    <>
      <TownSky />
      {/* Late-afternoon sun from the south-west: the warm side of the light. */}
      <directionalLight color="#ffc98a" intensity={0.9} position={[-80, 45, 70]} />
    </>
  );
}

/** The town "entre terre et mer": one district per sector, one building per company, the sea to the south. */
export function TownScene({ content }: TownSceneProps) {
  const districts = useTownLayout(content);
  const town = useTownModel();
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  useEffect(() => {
    const { eye, target } = townShot(districts, aspect);
    requestCameraShot(eye, target, "cut");
  }, [districts, aspect]);
  return (
    <group name="town">
      <TownAtmosphere />
      {town.status === "ready" ? <TownModelContent districts={districts} model={town.model} /> : null}
      {town.status === "failed" ? <TownWithoutModel districts={districts} /> : null}
    </group>
  );
}
