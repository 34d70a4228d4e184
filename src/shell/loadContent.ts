import { loadContentPack } from "../content/loadContentPack";
import { contentFailed, contentLoaded, contentLoading } from "../state/actions";

/** Loads the content pack into the store; called at start and by "Réessayer". */
export async function loadContent(): Promise<void> {
  contentLoading();
  const result = await loadContentPack();
  if (result.ok) {
    performance.mark("usine:content");
    contentLoaded(result.content);
  } else contentFailed(result.problems);
}
