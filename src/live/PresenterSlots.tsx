import { useState } from "react";
import { useDictionary } from "../i18n/useT";
import type { Slot } from "../protocol/slotSchema";
import { showLiveProblem } from "../state/liveActions";
import type { LiveClass } from "../state/liveSlice";
import { hrefOf } from "../state/route";
import { teacherRequest } from "./liveClient";
import { OpenSlotList } from "./OpenSlotList";
import { SlotBookingNotice } from "./SlotBookingNotice";
import { slotStrings } from "./slotStrings";
import { pageAddress } from "./useLiveView";

export interface PresenterSlotsProps {
  live: LiveClass;
}

/**
 * In the presenter's window: the professionals' open slots, one of which the teacher books for
 * the class on screen. The booking shows its reminder and the guest link (to send to the
 * company), and a `.ics` reminder to download.
 */
export function PresenterSlots({ live }: PresenterSlotsProps) {
  const t = useDictionary(slotStrings);
  const [bookings, setBookings] = useState<{ slot: Slot; link: string }[]>([]);

  const book = async (slot: Slot) => {
    const reply = await teacherRequest("slot:book", (credentials) => ({
      slotId: slot.slotId,
      ...credentials,
    }));
    showLiveProblem(reply.ok ? null : reply.error);
    if (!reply.ok) return false;
    const link = pageAddress(hrefOf({ view: "classGuest", code: live.code, guest: reply.guest }));
    setBookings((list) => [...list, { slot: reply.slot, link }]);
    return true;
  };

  return (
    <section className="class-slots" aria-labelledby="class-slots-title">
      <h3 id="class-slots-title">{t("slotsTitle")}</h3>
      {bookings.map(({ slot, link }) => (
        <SlotBookingNotice key={slot.slotId} slot={slot} link={link} />
      ))}
      <p className="muted">{t("slotsIntro")}</p>
      <OpenSlotList onBook={book} bookLabel={t("slotBook")} />
    </section>
  );
}
