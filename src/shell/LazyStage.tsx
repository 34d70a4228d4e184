import type { ContentIndex } from "../content/contentIndex";
import type { ResolvedView } from "../state/resolveView";
import { SceneStage } from "./SceneStage";
import { StageOverlay } from "./StageOverlay";

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
    <SceneStage content={content} scene={view.scene}>
      <StageOverlay content={content} overlay={view.overlay} />
    </SceneStage>
  );
}
