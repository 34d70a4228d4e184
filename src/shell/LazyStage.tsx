import type { ContentIndex } from "../content/contentIndex";
import type { ResolvedView } from "../state/resolveView";
import { PageStage } from "./PageStage";
import { startParsingPrefetchedModels } from "./parsePrefetchedModels";
import { StageOverlay } from "./StageOverlay";

// As soon as this chunk is evaluated: the bench's waterfall mark, and the decoding of the view's
// model (prefetched by the entry script) while React mounts the canvas.
performance.mark("usine:stage");
startParsingPrefetchedModels();

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
