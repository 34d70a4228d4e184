import { loadContentPack } from "../content/loadContentPack";
import { validateContent } from "../content/validateContent";
import { contentFailed, contentLoaded, contentLoading } from "../state/actions";
import { appStore } from "../state/appStore";

/**
 * Loads the content pack into the store; called at start and by "Réessayer".
 * The pack is shown as soon as it is read, and validated (schemas, references) once `firstView`
 * resolves, in a worker: on two cores, running the schemas before the first view delayed a deep
 * link's first frame by 0.15–0.6 s. An invalid pack then replaces the view with the list of its
 * problems, as before. The pack is also validated before it ships (`npm run check:content`).
 */
export async function loadContent(firstView: Promise<void> = Promise.resolve()): Promise<void> {
  contentLoading();
  const result = await loadContentPack();
  if (!result.ok) {
    contentFailed(result.problems);
    return;
  }
  performance.mark("usine:content");
  contentLoaded(result.content);
  await firstView;
  const check = await validateContent(result.texts);
  // NOTE: only if this pack is still the one shown ("Réessayer" may have loaded another meanwhile).
  const shown = appStore.getState().content;
  if (shown.status !== "ready" || shown.content !== result.content) return;
  performance.mark("usine:content-checked");
  if (!check.ok) contentFailed(check.problems);
}
