import { useState } from "react";
import { useDictionary } from "../i18n/useT";
import type { Slot } from "../protocol/slotSchema";
import { showLiveProblem } from "../state/liveActions";
import { hubRequest } from "./liveClient";
import { slotStrings } from "./slotStrings";
import { useSlotText } from "./useSlotText";

export interface OpenSlotListProps {
  /** Books the slot; true when it is booked (it then leaves the list). */
  onBook: (slot: Slot) => Promise<boolean>;
  /** Null: the slots are listed, but there is no class to book them for (yet). */
  bookLabel: string | null;
}

/**
 * The professionals' open slots (`slot:open`), loaded on demand, each with its « book » button.
 * Shared by the presenter's window and `#/ma-classe`. DOM: `[data-slot]` on each slot.
 */
export function OpenSlotList({ onBook, bookLabel }: OpenSlotListProps) {
  const t = useDictionary(slotStrings);
  const { describe } = useSlotText();
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    const reply = await hubRequest("slot:open", {});
    setLoading(false);
    showLiveProblem(reply.ok ? null : reply.error);
    if (reply.ok) setSlots(reply.slots);
  };

  const book = async (slot: Slot) => {
    if (await onBook(slot))
      setSlots((list) => list?.filter((candidate) => candidate.slotId !== slot.slotId) ?? null);
  };

  return (
    <>
      <button type="button" className="button secondary" onClick={() => void load()} disabled={loading}>
        {loading ? t("slotsLoading") : t("slotsShow")}
      </button>
      {slots !== null && slots.length === 0 ? <p className="muted">{t("slotsEmpty")}</p> : null}
      {slots && slots.length > 0 ? (
        <ul className="class-slot-list">
          {slots.map((slot) => {
            const text = describe(slot);
            return (
              <li key={slot.slotId} data-slot={slot.slotId}>
                <span>
                  <strong>{text.who}</strong>
                  <br />
                  {text.when}
                </span>
                {bookLabel ? (
                  <button type="button" className="button" onClick={() => void book(slot)}>
                    {bookLabel}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
