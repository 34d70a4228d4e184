import { useEffect, useState } from "react";
import { useDictionary } from "../i18n/useT";
import { LiveProblemAlert } from "../live/LiveProblemAlert";
import { hubRequest } from "../live/liveClient";
import { onTeacherSessionChange, readTeacherSession, type TeacherSession } from "../live/liveSessions";
import { OpenSlotList } from "../live/OpenSlotList";
import { SlotBookingNotice } from "../live/SlotBookingNotice";
import { slotStrings } from "../live/slotStrings";
import { pageAddress } from "../live/useLiveView";
import type { Slot } from "../protocol/slotSchema";
import { showLiveProblem } from "../state/liveActions";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";

export interface MyClassSlotsProps {
  /** The season's class: a booking with it lets the class keep the answers in its season. */
  classId: string;
  classKey: string;
}

/**
 * `#/ma-classe`: the professionals' open slots. A slot is booked for a live class: the one this
 * browser is running (`slot:book` with its code and key, and the season's class id and key);
 * without one, the page says how to start it and the slots are only listed.
 */
export function MyClassSlots({ classId, classKey }: MyClassSlotsProps) {
  const t = useDictionary(slotStrings);
  const problem = useStore((s) => s.liveProblem);
  const [live, setLive] = useState<TeacherSession | null>(readTeacherSession);
  const [bookings, setBookings] = useState<{ slot: Slot; link: string }[]>([]);

  // A class started (or ended) in another window of this browser shows here at once.
  useEffect(() => {
    showLiveProblem(null);
    return onTeacherSessionChange(() => setLive(readTeacherSession()));
  }, []);

  const book = async (slot: Slot) => {
    const session = readTeacherSession();
    if (!session) {
      setLive(null);
      return false;
    }
    const reply = await hubRequest("slot:book", {
      slotId: slot.slotId,
      code: session.code,
      key: session.key,
      classId,
      classKey,
    });
    showLiveProblem(reply.ok ? null : reply.error);
    if (!reply.ok) return false;
    const link = pageAddress(hrefOf({ view: "classGuest", code: session.code, guest: reply.guest }));
    setBookings((list) => [...list, { slot: reply.slot, link }]);
    return true;
  };

  return (
    <section
      className="season-card class-slots"
      aria-labelledby="my-class-slots-title"
      data-my-class-slots=""
    >
      <h2 id="my-class-slots-title">{t("slotsTitle")}</h2>
      {bookings.map(({ slot, link }) => (
        <SlotBookingNotice key={slot.slotId} slot={slot} link={link} />
      ))}
      {live ? (
        <p data-my-class-live={live.code}>{t("myClassLive", { code: live.code })}</p>
      ) : (
        <>
          <p data-my-class-live="">{t("myClassNoLive")}</p>
          <p className="button-row">
            <a className="button secondary" href={hrefOf({ view: "tours" })}>
              {t("myClassStartLive")}
            </a>
          </p>
        </>
      )}
      <OpenSlotList onBook={book} bookLabel={live ? t("myClassBook", { code: live.code }) : null} />
      <LiveProblemAlert problem={problem} audience="teacher" />
    </section>
  );
}
