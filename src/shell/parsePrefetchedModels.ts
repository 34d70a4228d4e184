import { parsePrefetchedModels } from "../stage/useCompanyModel";
import { parseHash } from "../state/route";
import { loadTownModel } from "../town/useTownModel";

/**
 * Starts decoding the view's model, whose bytes the entry script prefetched: the town's on `#/`,
 * a company's otherwise. Called by the early stage before it draws and by the page's stage chunk
 * as it runs (`LazyStage`), whichever comes first; the second call finds the work started.
 */
export function startParsingPrefetchedModels(): void {
  // NOTE: the town first: it takes its own prefetched bytes, so the company loader does not see them.
  if (parseHash(location.hash).view === "town") {
    loadTownModel().catch(() => {
      // The town draws without its model; useTownModel says so and tries again.
    });
  }
  parsePrefetchedModels();
}
