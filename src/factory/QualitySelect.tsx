import { useId } from "react";
import { useT } from "../i18n/useT";
import { setQuality } from "../state/actions";
import { type Quality, qualities } from "../state/preferencesSlice";
import { useStore } from "../state/store";

const labelKey = { auto: "qualityAuto", haute: "qualityHigh", econome: "qualityEco" } as const;

/** The "Qualité" setting: automatic, high, or light for a weak school PC. Remembered on this device. */
export function QualitySelect() {
  const t = useT();
  const id = useId();
  const quality = useStore((s) => s.quality);
  return (
    <div className="quality-select">
      <label htmlFor={id}>{t("quality")}</label>
      <select id={id} value={quality} onChange={(event) => setQuality(event.target.value as Quality)}>
        {qualities.map((q) => (
          <option key={q} value={q}>
            {t(labelKey[q])}
          </option>
        ))}
      </select>
    </div>
  );
}
