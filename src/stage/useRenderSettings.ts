import { useStore } from "../state/store";
import { effectiveQuality, type RenderSettings, renderSettings } from "./renderQuality";

/** What the stage draws now: the visitor's quality setting, with "auto" following the machine. */
export function useRenderSettings(): RenderSettings {
  return renderSettings(useStore((s) => effectiveQuality(s.quality, s.qualityDowngrade)));
}
