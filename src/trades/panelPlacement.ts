export interface Size {
  width: number;
  height: number;
}

/** Space kept between the panel and the stage's edges, and between the panel and the machine. */
const margin = 12;
const gap = 48;

/**
 * Where to put a panel of `panel` size beside a point of the stage: to its right if it fits,
 * else to its left, always inside the stage. Pure, so it is tested without a browser.
 */
export function placePanelBeside(
  anchor: { x: number; y: number },
  panel: Size,
  stage: Size,
): { left: number; top: number } {
  const fitsRight = anchor.x + gap + panel.width <= stage.width - margin;
  const left = fitsRight ? anchor.x + gap : anchor.x - gap - panel.width;
  const clamp = (value: number, min: number, max: number) =>
    Math.max(min, Math.min(value, Math.max(min, max)));
  return {
    left: clamp(left, margin, stage.width - panel.width - margin),
    top: clamp(anchor.y - panel.height / 2, margin, stage.height - panel.height - margin),
  };
}
