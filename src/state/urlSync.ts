import { followUrl } from "./actions";
import { appStore } from "./appStore";
import { formatHash, parseHash } from "./route";

/**
 * Keeps `location.hash` and the store's route in step, both ways. Returns a function that stops it.
 * The store wins at start-up only if the URL is empty; otherwise the URL restores the view.
 */
export function startUrlSync(win: Window = window): () => void {
  followUrl(parseHash(win.location.hash));

  const onHashChange = () => followUrl(parseHash(win.location.hash));
  win.addEventListener("hashchange", onHashChange);

  const unsubscribe = appStore.subscribe((state, previous) => {
    if (state.route === previous.route) return;
    const hash = formatHash(state.route);
    if (win.location.hash === hash || state.historyMode === "none") return;
    // NOTE: history.pushState does not fire `hashchange`, so no echo comes back to the store.
    if (state.historyMode === "replace") win.history.replaceState(null, "", hash);
    else win.history.pushState(null, "", hash);
  });

  return () => {
    win.removeEventListener("hashchange", onHashChange);
    unsubscribe();
  };
}
