import { useT } from "../i18n/useT";
import { useStore } from "../state/store";

/** The scene's progress bar: real bytes of the model when the server says how many there are. */
export function LoadingIndicator() {
  const t = useT();
  const loaded = useStore((s) => s.modelProgress.loaded);
  const total = useStore((s) => s.modelProgress.total);
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : undefined;
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
