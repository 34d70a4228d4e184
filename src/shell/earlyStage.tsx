import { createRoot, events as pointerEvents } from "@react-three/fiber";
import { townModelPath } from "../content/modelContract/townModelPath";
import { readScenePart } from "../content/scenePart";
import { formatMessage } from "../i18n/formatMessage";
import { en, fr } from "../i18n/strings";
import { offerEarlyCanvas } from "../stage/earlyCanvas";
import { isModelDownloaded, modelUrl } from "../stage/modelPrefetch";
import { stageRootTree } from "../stage/StageCanvas";
import { sceneShown } from "../state/actions";
import { type AppState, appStore } from "../state/appStore";
import { resolveView, type SceneView } from "../state/resolveView";
import type { Route } from "../state/route";
import { exposeRendererForBench } from "./benchProbe";
import { silenceCaughtErrorReports } from "./caughtErrors";
import { startParsingPrefetchedModels } from "./parsePrefetchedModels";
import { StageScene } from "./StageScene";
import { stageCanvasSettings } from "./stageCanvasSettings";

/** The page mounts after this long even if the early frame is not drawn yet (it then takes the canvas over mid-way). */
const pageWaitsAtMostMs = 3000;

/** Resolves once `settled` holds for the store, or after `maxMs` (never, if not given). */
function storeSettles(settled: (state: AppState) => boolean, maxMs?: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = maxMs === undefined ? undefined : setTimeout(done, maxMs);
    const unsubscribe = appStore.subscribe((state) => {
      if (settled(state)) done();
    });
    if (settled(appStore.getState())) done();
  });
}

/**
 * Where the page's stage will be, with the stage's DOM contract (`[data-scene]`, `aria-busy`),
 * until the page takes its canvas (then it goes).
 */
function makeHost(sceneKey: string): HTMLElement {
  const host = document.createElement("section");
  host.className = "stage early-stage";
  host.dataset.scene = sceneKey;
  host.setAttribute("aria-busy", "true");
  const { locale } = appStore.getState();
  const strings = locale === "en" ? en : fr;
  const label = sceneKey === "town" ? strings.townSceneLabel : strings.workshopSceneLabel;
  host.setAttribute("aria-label", formatMessage(locale, label));
  document.body.append(host);
  return host;
}

/** The model a scene draws (a path of the pack, relative to the site). */
function modelOf(scene: SceneView): string {
  return scene.kind === "town" ? townModelPath : scene.company.model;
}

/**
 * A deep link to the town or a workshop draws its first frame before the page (React DOM, the
 * header, the panels) mounts: on a slow PC the page's work before the scene's frame was most of
 * the distance to a bare three.js page (bench/results.md). The same scene (`StageScene`), with the same canvas
 * settings, is mounted by fiber on a canvas of its own; the page's stage then takes that canvas
 * over as it is (`StageCanvas` `adoptEarlyCanvas`), and the picture stays.
 *
 * The scene is drawn from the pack's sectors and companies alone (`readScenePart`); the whole
 * pack is read after this resolves (main.tsx), reusing them.
 *
 * Only when all the scene needs is already here (content, 3D code, the model's bytes), so that
 * this is CPU work the page would have done anyway: otherwise the page mounts at once and shows its
 * progress bar. Resolves when the page may mount: the frame drawn, the model failed, nothing to
 * draw early, or `pageWaitsAtMostMs` passed.
 */
export async function drawEarlyStage(route: Route): Promise<void> {
  if (route.view !== "workshop" && route.view !== "town") return;
  // The 3D code is this chunk's own imports; the page's stage chunk (`LazyStage`: the panels, the
  // trade sheet, the tour cards) is loaded after the frame, with the page (main.tsx).
  performance.mark("usine:stage");
  startParsingPrefetchedModels();
  const content = await readScenePart();
  if (!content) return;
  const scene = resolveView(appStore.getState().route, { content }).scene;
  if (!scene || !isModelDownloaded(modelUrl(modelOf(scene)))) return;

  performance.mark("usine:early-stage");
  sceneShown(scene.key);
  const host = makeHost(scene.key);
  const canvas = document.createElement("canvas");
  canvas.style.display = "block";
  host.append(canvas);
  const root = createRoot(canvas);
  const giveUp = () => {
    offerEarlyCanvas(null);
    root.unmount();
    host.remove();
  };
  const { width, height, top, left } = host.getBoundingClientRect();
  try {
    await root.configure({
      ...stageCanvasSettings,
      size: { width, height, top, left },
      events: pointerEvents,
      onCreated: ({ gl, scene }) => exposeRendererForBench(gl, scene),
    });
  } catch {
    // No WebGL here: the page's stage finds out again and shows its 2D fallback.
    giveUp();
    return;
  }
  offerEarlyCanvas({ canvas, root, taken: () => host.remove() });
  // As the page's stage does: a model failure caught and shown is not also an uncaught error.
  silenceCaughtErrorReports();
  const sceneThrew = new Promise<void>((resolve) => {
    root.render(
      stageRootTree(<StageScene content={content} scene={scene} />, () => {
        // The page's stage mounts a scene of its own, and reports the error. NOTE: after fiber's
        // commit, in which this is called: a root is not unmounted from inside its own commit.
        setTimeout(() => {
          giveUp();
          resolve();
        }, 0);
      }),
    );
  });
  const model = modelOf(scene);
  await Promise.race([
    sceneThrew,
    storeSettles(
      (state) => state.drawnSceneKey === scene.key || state.modelFailure?.model === model,
      pageWaitsAtMostMs,
    ),
  ]);
  if (appStore.getState().drawnSceneKey === scene.key) host.setAttribute("aria-busy", "false");
}
