let mounted: () => void = () => {};
const mountedOnce = new Promise<void>((resolve) => {
  mounted = resolve;
});

/** Resolves once the page's React tree has committed (`App` mounted). */
export function pageMounted(): Promise<void> {
  return mountedOnce;
}

/** Called by `App` once mounted. */
export function markPageMounted(): void {
  mounted();
}
