import { useT } from "../i18n/useT";
import { useStore } from "../state/store";

/** The scene's progress bar: real bytes of the model when the server says how many there are, then a moving bar while the scene is prepared. */
export function LoadingIndicator() {
  const t = useT();
  const loaded = useStore((s) => s.modelProgress.loaded);
  const total = useStore((s) => s.modelProgress.total);
  // Once every byte is in, the scene is still being prepared (decoded, shaders, first frame): the
  // bar then moves without a figure rather than sitting full.
  const percent = total > 0 && loaded < total ? Math.round((loaded / total) * 100) : undefined;
  return (
    <div className="stage-loading">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percent === undefined ? t("loadingModel") : `${percent} %`}
        className="progress"
      >
        <div
          className="progress-fill"
          style={{ width: `${percent ?? 15}%` }}
          data-indeterminate={percent === undefined}
        />
      </div>
      <p>{t("loadingModel")}</p>
    </div>
  );
}
