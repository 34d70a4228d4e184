import { type RootState, useThree } from "@react-three/fiber";
import ReactThreeTestRenderer from "@react-three/test-renderer";
import { Mesh, MeshStandardMaterial, type Object3D, PlaneGeometry } from "three";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { compileWaitsAtMostMs } from "../src/stage/useCompiledAfterFirstFrame";
import { sceneDrawn } from "../src/state/actions";
import { useStore } from "../src/state/store";
import { SeaWaves } from "../src/town/SeaWaves";
import { prepareWavedSea } from "../src/town/seaWaves";
import { TownSky } from "../src/town/TownSky";

const initial = useStore.getState();

/** The test renderer's stage (renderer, scene, camera), read from inside its tree. */
let stage: RootState;
function ReadStage() {
  stage = useThree();
  return null;
}

/** Lets effects, idle callbacks and the compile's promise run, and React commit what they set. */
async function settle(ms = 150) {
  await ReactThreeTestRenderer.act(async () => {
    await new Promise((done) => setTimeout(done, ms));
  });
}

/**
 * The town's first frame leaves out the sky's dome and the sea's waves (two shader programs of
 * their own, about 0.1 s apiece on a slow PC): they join once that frame is drawn and three.js has
 * compiled them against the stage's scene.
 */
describe("what the town adds after its first frame", () => {
  beforeEach(() => useStore.setState(initial, true));

  it("the sky's dome: absent until the town is drawn, then compiled, then there", async () => {
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <ReadStage />
        <TownSky />
      </>,
    );
    const compile = vi.spyOn(stage.gl, "compileAsync").mockImplementation(async () => stage.scene);
    await renderer.advanceFrames(3, 1 / 60);
    await settle();
    expect(stage.scene.getObjectByName("town-sky")).toBeUndefined();

    // A workshop drawn does not bring the town's sky.
    await ReactThreeTestRenderer.act(async () => sceneDrawn("usine/acierie/haut-fourneau"));
    await settle();
    expect(compile).not.toHaveBeenCalled();
    expect(stage.scene.getObjectByName("town-sky")).toBeUndefined();

    await ReactThreeTestRenderer.act(async () => sceneDrawn("town"));
    await settle();
    // Compiled against the stage's scene (its lights and fog), then added to it.
    expect(compile).toHaveBeenCalledTimes(1);
    const [dome, camera, scene] = compile.mock.calls[0] as [Object3D, unknown, unknown];
    expect(dome.name).toBe("town-sky");
    expect(camera).toBe(stage.camera);
    expect(scene).toBe(stage.scene);
    expect(stage.scene.getObjectByName("town-sky")).toBe(dome);
    await renderer.unmount();
  });

  it("the sky's dome comes anyway when the compile never says it is done", async () => {
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <ReadStage />
        <TownSky />
      </>,
    );
    vi.spyOn(stage.gl, "compileAsync").mockImplementation(() => new Promise(() => undefined));
    await ReactThreeTestRenderer.act(async () => sceneDrawn("town"));
    await settle();
    expect(stage.scene.getObjectByName("town-sky")).toBeUndefined();
    await settle(compileWaitsAtMostMs);
    expect(stage.scene.getObjectByName("town-sky")).toBeDefined();
    await renderer.unmount();
  });

  it("the sea's waves: the model's own material until the town is drawn, then a waved copy", async () => {
    const plain = new MeshStandardMaterial({ color: "#2c8fc0" });
    const mesh = new Mesh(new PlaneGeometry(10, 10, 4, 4), plain);
    mesh.receiveShadow = true;
    const sea = prepareWavedSea(mesh, { value: 0 });
    // Prepared, not applied: the model's material is left as it is (it may be shared).
    expect(mesh.material).toBe(plain);
    expect(plain.customProgramCacheKey()).not.toBe("town-sea-waves");
    expect(sea.waved).not.toBe(plain);
    expect(sea.waved.customProgramCacheKey()).toBe("town-sea-waves");
    // What three.js compiles: the sea as the frame draws it (same geometry, same shadows), waved.
    expect(sea.preview.geometry).toBe(mesh.geometry);
    expect(sea.preview.receiveShadow).toBe(true);
    expect(sea.preview.material).toBe(sea.waved);

    const renderer = await ReactThreeTestRenderer.create(
      <>
        <ReadStage />
        <SeaWaves sea={sea} />
      </>,
    );
    const compile = vi.spyOn(stage.gl, "compileAsync").mockImplementation(async () => stage.scene);
    await renderer.advanceFrames(3, 1 / 60);
    await settle();
    expect(mesh.material).toBe(plain);

    await ReactThreeTestRenderer.act(async () => sceneDrawn("town"));
    await settle();
    expect(compile).toHaveBeenCalledWith(sea.preview, stage.camera, stage.scene);
    expect(mesh.material).toBe(sea.waved);
    await renderer.unmount();
  });
});
