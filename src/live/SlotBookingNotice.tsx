import { useDictionary } from "../i18n/useT";
import type { Slot } from "../protocol/slotSchema";
import { downloadCalendar } from "./downloadCalendar";
import { slotStrings } from "./slotStrings";
import { useSlotText } from "./useSlotText";
import { useTradeTitle } from "./useTradeTitle";

export interface SlotBookingNoticeProps {
  slot: Slot;
  /** The guest link to send to the company. */
  link: string;
}

/**
 * A slot just booked: its reminder on screen, the guest link to send to the company, and a
 * `.ics` reminder to download. DOM: `[data-slot-booked]`, the link in `[data-class-guest-link]`.
 */
export function SlotBookingNotice({ slot, link }: SlotBookingNoticeProps) {
  const t = useDictionary(slotStrings);
  const tradeTitle = useTradeTitle();
  const { describe } = useSlotText();
  return (
    <div className="class-slot-booked" role="status" data-slot-booked={slot.slotId}>
      <p>
        <strong>{t("slotBooked")}</strong> — {t("slotReminder", describe(slot))}
      </p>
      <input readOnly value={link} data-class-guest-link="" aria-label={t("slotBooked")} />
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          downloadCalendar(
            {
              uid: `creneau-${slot.slotId}-classe@usine-extraordinaire`,
              start: new Date(slot.start),
              end: new Date(new Date(slot.start).getTime() + slot.minutes * 60_000),
              stamp: new Date(),
              summary: t("slotIcsSummary", { firstName: slot.firstName, trade: tradeTitle(slot.trade) }),
              description: t("slotIcsDescription", { firstName: slot.firstName, link }),
            },
            `creneau-${slot.slotId}.ics`,
          )
        }
      >
        {t("slotIcs")}
      </button>
    </div>
  );
}
