import { useState } from "react";
import type { ContentIndex } from "../../content/contentIndex";
import type { Company, Machine, Workshop } from "../../content/schema";
import { useDictionary } from "../../i18n/useT";
import { hrefOf } from "../../state/route";
import { useStore } from "../../state/store";
import { builderStrings } from "./builderStrings";

export interface AddToTourButtonProps {
  content: ContentIndex;
  company: Company;
  workshop: Workshop;
  machine: Machine;
}

/**
 * "Ajouter à ma visite", beside a machine's trade panel: adds the machine as the last stop of the
 * tour being built (a new tour if none), then offers the way back to it.
 */
export function AddToTourButton({ content, company, workshop, machine }: AddToTourButtonProps) {
  const t = useDictionary(builderStrings);
  const editingId = useStore((s) => s.editingTourId);
  const editing = useStore((s) => (s.editingTourId === null ? undefined : s.myTours.get(s.editingTourId)));
  const [added, setAdded] = useState<"added" | "full" | "failed" | null>(null);
  const title = editing?.tour.title.trim() || t("untitled");
  return (
    <div className="add-to-tour" data-add-to-tour={machine.id}>
      <button
        type="button"
        className="button secondary small"
        onClick={async () => {
          // NOTE: imported on use: the tours' actions and edits check tours with the pack's schemas
          // (zod), which the workshop's first frame does without. Offline before that code was
          // cached, or after a new version of the site replaced it, the import fails: say so.
          try {
            const [{ addStopToEditingTour }, { stopAtMachine }] = await Promise.all([
              import("../../state/ownToursActions"),
              import("./tourEdits"),
            ]);
            const result = addStopToEditingTour(stopAtMachine(content, company, workshop, machine));
            setAdded(result === "full" ? "full" : "added");
          } catch {
            setAdded("failed");
          }
        }}
      >
        {t("addToTour")}
      </button>
      <span aria-live="polite" className="add-to-tour-status">
        {added === "full" ? t("full") : null}
        {added === "added" ? t("addedToTour", { title }) : null}
        {added === "failed" ? t("addFailed") : null}
      </span>
      {editingId !== null && editing ? (
        <a href={hrefOf({ view: "tourBuilder", tour: editingId })} data-back-to-tour="">
          {t("backToTour")} ({t("stopsOf", { n: editing.tour.stops.length })})
        </a>
      ) : null}
    </div>
  );
}
