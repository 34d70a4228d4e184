import type { ContentIndex } from "../content/contentIndex";
import { parsePrefetchedModels } from "../stage/useCompanyModel";
import type { ResolvedView } from "../state/resolveView";
import { parseHash } from "../state/route";
import { loadTownModel } from "../town/useTownModel";
import { PageStage } from "./PageStage";
import { StageOverlay } from "./StageOverlay";

// As soon as this chunk is evaluated: the bench's waterfall mark, and the decoding of the view's
// model (prefetched by the entry script) while React mounts the canvas.
performance.mark("usine:stage");
// NOTE: the town first: it takes its own prefetched bytes, so the company loader does not see them.
if (parseHash(location.hash).view === "town") {
  loadTownModel().catch(() => {
    // The town draws without its model; useTownModel says so and tries again.
  });
}
parsePrefetchedModels();

export interface LazyStageProps {
  content: ContentIndex;
  view: ResolvedView;
}

/**
 * The 3D stage and what is drawn over it, in a chunk of its own: three.js, fiber and the scenes
 * load after the first view has painted (see `StagePlaceholder` for what shows meanwhile).
 */
export default function LazyStage({ content, view }: LazyStageProps) {
  return (
    <PageStage content={content} scene={view.scene}>
      <StageOverlay content={content} overlay={view.overlay} />
    </PageStage>
  );
}
