import {
  createRoot,
  extend,
  events as pointerEvents,
  type ReconcilerRoot,
  type RenderProps,
  type RootState,
  type Size,
} from "@react-three/fiber";
import {
  Component,
  type ReactElement,
  type ReactNode,
  Suspense,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { earlyCanvasTaken, peekEarlyCanvas } from "./earlyCanvas";
import * as threeCatalogue from "./threeCatalogue";
import { routeThreeConsole } from "./threeConsole";

// The JSX elements the canvases may name: this list, not the whole THREE namespace (fiber's own
// `<Canvas>` registers all of it, which keeps all of three.js in the 3D chunk).
extend(threeCatalogue);
// Before any root exists: fiber's store warns of a deprecated clock for each one (`threeConsole.ts`).
routeThreeConsole();

export interface StageCanvasProps
  extends Pick<RenderProps<HTMLCanvasElement>, "gl" | "camera" | "dpr" | "frameloop"> {
  /** Once the renderer exists and the scene is mounted, before its first frame. */
  onCreated?: (state: RootState) => void;
  /**
   * Takes over the canvas that the early stage drew before the page mounted (`earlyCanvas.ts`),
   * when there is one: its root, renderer and scene, as they are. `onCreated` is called for it.
   */
  adoptEarlyCanvas?: boolean;
  tabIndex?: number;
  children: ReactNode;
}

/** Hands an error thrown inside the 3D tree to the canvas, which throws it in the page's tree. */
class SceneErrorForwarder extends Component<{ onError: (error: unknown) => void; children: ReactNode }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * What fiber's root renders around a canvas's scene. The early stage renders the same, so that the
 * page's canvas, taking its root over, keeps the mounted scene instead of mounting it again.
 */
export function stageRootTree(children: ReactNode, onError: (error: unknown) => void): ReactElement {
  return (
    <SceneErrorForwarder onError={onError}>
      <Suspense fallback={null}>{children}</Suspense>
    </SceneErrorForwarder>
  );
}

/** Same width, height and place: no new size for fiber. */
const sameSize = (a: Size | null, b: Size) =>
  a !== null && a.width === b.width && a.height === b.height && a.top === b.top && a.left === b.left;

/**
 * A canvas that fiber draws into: fiber's root (`createRoot`) on a canvas of ours.
 *
 * NOTE: fiber's own `<Canvas>` learns its size from a ResizeObserver, so it makes the renderer
 * and mounts the scene a frame after it mounts, once the browser has laid out and painted the
 * page (measured, model ready → first render call: 0.37 → 0.23 s as is, 0.40–0.55 → 0.34–0.45 s
 * with the CPU slowed 4×, bench/results.md). This one measures its box as it mounts and makes the renderer in
 * the same commit; a ResizeObserver follows later changes. Errors (no WebGL, a scene that throws)
 * are thrown in the page's tree, where the stage's error boundary handles them, as with `<Canvas>`.
 * The scenes use no React context of the page (the store is zustand's), so no context bridge.
 */
export function StageCanvas({
  onCreated,
  adoptEarlyCanvas,
  tabIndex,
  children,
  ...rootProps
}: StageCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  // NOTE: the canvas is made here, not by JSX, so that it can be the early stage's own.
  const [early] = useState(() => (adoptEarlyCanvas ? peekEarlyCanvas() : null));
  const [canvas] = useState(() => early?.canvas ?? document.createElement("canvas"));
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  /** An adopted root was created before this canvas: its `onCreated` is still to be called. */
  const adoptedCreated = useRef(early !== null);
  const [size, setSize] = useState<Size | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  if (error) throw error.error;

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    canvas.style.display = "block";
    container.prepend(canvas);
    if (early) earlyCanvasTaken(early);
    const measure = () => {
      const { width, height, top, left } = container.getBoundingClientRect();
      const next = { width, height, top, left };
      setSize((current) => (sameSize(current, next) ? current : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [canvas, early]);

  // Every commit: fiber's root takes the latest props and children (as fiber's `<Canvas>` does).
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || !size || size.width === 0 || size.height === 0) return;
    rootRef.current ??= early?.root ?? createRoot(canvas);
    const root = rootRef.current;
    const created = (state: RootState) => {
      // Pointer events are read on the container (as fiber's `<Canvas>` does), not the canvas.
      state.events.connect?.(container);
      onCreated?.(state);
    };
    root
      .configure({ ...rootProps, size, events: pointerEvents, onCreated: created })
      .catch((reason: unknown) => setError({ error: reason }));
    if (root.ready.status !== "fulfilled") return;
    const store = root.render(stageRootTree(children, (reason) => setError({ error: reason })));
    if (adoptedCreated.current) {
      adoptedCreated.current = false;
      created(store.getState());
    }
  });

  // NOTE: an insertion effect's cleanup runs only when the canvas really leaves (not in
  // StrictMode's replay of effects): only then is fiber's root, and its renderer, released.
  useInsertionEffect(
    () => () => {
      rootRef.current?.unmount();
      rootRef.current = null;
    },
    [],
  );

  return (
    <div
      ref={containerRef}
      className="stage-canvas"
      // NOTE: a drag to look around starts no text selection (it swept over the workshop's panel).
      style={{
        position: "relative",
        width: "100%",
        height: "100%",
        overflow: "hidden",
        userSelect: "none",
        WebkitUserSelect: "none",
      }}
      tabIndex={tabIndex}
    />
  );
}
