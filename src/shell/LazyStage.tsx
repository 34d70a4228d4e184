import type { ContentIndex } from "../content/contentIndex";
import type { Route } from "../state/route";
import { SceneStage } from "./SceneStage";
import { StageOverlay } from "./StageOverlay";

export interface LazyStageProps {
  content: ContentIndex;
  route: Route;
}

/**
 * The 3D stage and what is drawn over it, in a chunk of its own: three.js, fiber and the scenes
 * load after the first view has painted (see `StagePlaceholder` for what shows meanwhile).
 */
export default function LazyStage({ content, route }: LazyStageProps) {
  return (
    <SceneStage content={content}>
      <StageOverlay content={content} route={route} />
    </SceneStage>
  );
}
