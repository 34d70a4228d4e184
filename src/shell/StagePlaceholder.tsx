import { useT } from "../i18n/useT";
import type { SceneView } from "../state/resolveView";
import { LoadingIndicator } from "./LoadingIndicator";

export interface StagePlaceholderProps {
  scene: SceneView | null;
}

/** The stage while the 3D code itself downloads: same DOM contract, busy, with the same progress bar (the model is already on its way). */
export function StagePlaceholder({ scene }: StagePlaceholderProps) {
  const t = useT();
  const key = scene?.key ?? null;
  return (
    <section
      className="stage"
      data-scene={key ?? ""}
      aria-busy={key !== null}
      hidden={key === null}
      aria-label={t("workshopSceneLabel")}
    >
      <LoadingIndicator />
    </section>
  );
}
