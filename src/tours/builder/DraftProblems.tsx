import { useDictionary } from "../../i18n/useT";
import { hrefOf } from "../../state/route";
import { builderStrings } from "./builderStrings";
import { problemFieldLabel } from "./problemField";
import type { TourProblems } from "./tourEdits";

export interface DraftProblemsProps {
  tourId: string;
  problems: TourProblems;
  /** In the builder: focus the field at once (the link would not move if the address is the same). */
  onPick?: (field: string) => void;
}

/**
 * What a draft tour lacks, each problem named by its field and linked to it in the builder
 * (`#/visites/modifier/<tour>?champ=<field>` opens the builder on that field).
 */
export function DraftProblems({ tourId, problems, onPick }: DraftProblemsProps) {
  const t = useDictionary(builderStrings);
  if (problems.size === 0) return null;
  return (
    <ul className="draft-problems" aria-label={t("problemsList")} data-draft-problems="">
      {[...problems].map(([field, problem]) => (
        <li key={field}>
          <a
            href={hrefOf({ view: "tourBuilder", tour: tourId, field })}
            data-draft-problem={field}
            onClick={
              onPick
                ? (event) => {
                    event.preventDefault();
                    onPick(field);
                  }
                : undefined
            }
          >
            {t("problemAt", { field: problemFieldLabel(field, t), problem })}
          </a>
        </li>
      ))}
    </ul>
  );
}
