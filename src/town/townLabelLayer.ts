import { registerScreenAnchor } from "../stage/screenAnchors";
import { type LabelForm, type LabelRequest, labelForms, placeLabels } from "./labelPlacement";

/** A label of the town: a world point, a priority, and its element per form (data-label = id). */
export interface TownLabelSpec {
  id: string;
  point: { x: number; y: number; z: number };
  priority: number;
}

/**
 * Keeps the town's labels apart on screen: after each drawn frame the anchors report where their
 * points are, then (once per frame, in a microtask) `placeLabels` decides where each label goes and
 * in which form, and only what changed is written. Sizes are measured once, and again when the
 * layer's size changes or the fonts arrive. Returns the function that stops it all.
 */
export function runTownLabelLayer(root: HTMLElement, specs: ReadonlyArray<TownLabelSpec>): () => void {
  const anchors = new Map<string, { x: number; y: number; onScreen: boolean }>();
  const elements = new Map<string, Partial<Record<LabelForm, HTMLElement>>>();
  const sizes = new Map<string, LabelRequest["sizes"]>();
  const written = new Map<HTMLElement, string>();
  let stage = { width: 0, height: 0 };
  let scheduled = false;
  let stopped = false;

  for (const element of root.querySelectorAll<HTMLElement>("[data-label]")) {
    const id = element.dataset.label ?? "";
    const form = (element.dataset.form ?? "full") as LabelForm;
    elements.set(id, { ...elements.get(id), [form]: element });
  }

  const measure = () => {
    stage = { width: root.clientWidth, height: root.clientHeight };
    for (const [id, forms] of elements) {
      const measured: LabelRequest["sizes"] = {};
      for (const form of labelForms) {
        const element = forms[form];
        if (element) measured[form] = { width: element.offsetWidth, height: element.offsetHeight };
      }
      sizes.set(id, measured);
    }
  };

  const place = () => {
    scheduled = false;
    if (stopped) return;
    const requests: LabelRequest[] = specs.map((spec) => {
      const at = anchors.get(spec.id) ?? { x: 0, y: 0, onScreen: false };
      return { id: spec.id, ...at, priority: spec.priority, sizes: sizes.get(spec.id) ?? {} };
    });
    const placed = new Map(placeLabels(requests, stage.width, stage.height).map((p) => [p.id, p]));
    for (const [id, forms] of elements) {
      const spot = placed.get(id);
      for (const form of labelForms) {
        const element = forms[form];
        if (!element) continue;
        const shown = spot?.form === form;
        const value = shown ? `translate(${spot.x.toFixed(1)}px, ${spot.y.toFixed(1)}px)` : "";
        if (written.get(element) === value) continue;
        written.set(element, value);
        if (shown) {
          element.style.transform = value;
          element.setAttribute("data-placed", "");
        } else element.removeAttribute("data-placed");
      }
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(place);
  };

  measure();
  const unpin = specs.map((spec) =>
    registerScreenAnchor(spec.point, (x, y, onScreen) => {
      anchors.set(spec.id, { x, y, onScreen });
      schedule();
    }),
  );
  const resized = new ResizeObserver(() => {
    measure();
    schedule();
  });
  resized.observe(root);
  void document.fonts?.ready.then(() => {
    if (stopped) return;
    measure();
    schedule();
  });
  return () => {
    stopped = true;
    resized.disconnect();
    for (const stop of unpin) stop();
  };
}
