import { useMemo } from "react";
import type { ContentIndex } from "../content/contentIndex";
import { useT } from "../i18n/useT";
import type { Route } from "../state/route";
import { sceneTargetOf } from "./sceneTarget";

export interface StagePlaceholderProps {
  content: ContentIndex;
  route: Route;
}

/** The stage while the 3D code itself downloads: same DOM contract, busy, with a progress bar. */
export function StagePlaceholder({ content, route }: StagePlaceholderProps) {
  const t = useT();
  const key = useMemo(() => sceneTargetOf(route, content)?.key ?? null, [route, content]);
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
