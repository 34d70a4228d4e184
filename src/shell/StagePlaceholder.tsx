import { useT } from "../i18n/useT";
import type { SceneView } from "../state/resolveView";

export interface StagePlaceholderProps {
  scene: SceneView | null;
}

/** The stage while the 3D code itself downloads: same DOM contract, busy, with a progress bar. */
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
      <div className="stage-loading">
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuetext={t("loadingModel")}
          className="progress"
        >
          <div className="progress-fill" data-indeterminate="true" style={{ width: "15%" }} />
        </div>
        <p>{t("loadingModel")}</p>
      </div>
    </section>
  );
}
