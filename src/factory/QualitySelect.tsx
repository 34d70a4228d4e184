import { useId } from "react";
import { useDictionary, useT } from "../i18n/useT";
import { setQuality } from "../state/actions";
import { type Quality, qualities } from "../state/preferencesSlice";
import { useStore } from "../state/store";
import { factoryStrings } from "./factoryStrings";

const labelKey = { auto: "qualityAuto", haute: "qualityHigh", econome: "qualityEco" } as const;
const downgradeKey = { software: "qualityEcoSoftware", slow: "qualityEcoSlow" } as const;

/**
 * The "Qualité" setting: automatic, high, or light for a weak school PC. Remembered on this device.
 * When "auto" has moved to light, it says why (a software renderer, or slow frames).
 */
export function QualitySelect() {
  const t = useT();
  const tf = useDictionary(factoryStrings);
  const id = useId();
  const noteId = useId();
  const quality = useStore((s) => s.quality);
  const downgrade = useStore((s) => s.qualityDowngrade);
  const note = quality === "auto" && downgrade !== null ? tf(downgradeKey[downgrade]) : null;
  return (
    <div className="quality-select" data-quality={quality} data-downgrade={downgrade ?? ""}>
      <label htmlFor={id}>{t("quality")}</label>
      <select
        id={id}
        value={quality}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => setQuality(event.target.value as Quality)}
      >
        {qualities.map((q) => (
          <option key={q} value={q}>
            {q === "auto" && downgrade !== null
              ? `${tf("qualityAuto")} (${tf("qualityEco")})`
              : tf(labelKey[q])}
          </option>
        ))}
      </select>
      {note ? (
        <p id={noteId} className="quality-note" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}
