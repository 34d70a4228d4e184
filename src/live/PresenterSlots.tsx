import { useState } from "react";
import { useDictionary } from "../i18n/useT";
import type { Slot } from "../protocol/slotSchema";
import { showLiveProblem } from "../state/liveActions";
import type { LiveClass } from "../state/liveSlice";
import { hrefOf } from "../state/route";
import { downloadCalendar } from "./downloadCalendar";
import { hubRequest, teacherRequest } from "./liveClient";
import { slotStrings } from "./slotStrings";
import { pageAddress } from "./useLiveView";
import { useSlotText } from "./useSlotText";
import { useTradeTitle } from "./useTradeTitle";

export interface PresenterSlotsProps {
  live: LiveClass;
}

interface Booking {
  slot: Slot;
  link: string;
}

/**
 * In the presenter's window: the professionals' open slots, one of which the teacher books for
 * the class on screen. The booking shows its reminder and the guest link (to send to the
 * company), and a `.ics` reminder to download.
 */
export function PresenterSlots({ live }: PresenterSlotsProps) {
  const t = useDictionary(slotStrings);
  const tradeTitle = useTradeTitle();
  const { when, company } = useSlotText();
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [bookings, setBookings] = useState<Booking[]>([]);

  const load = async () => {
    setLoading(true);
    const reply = await hubRequest("slot:open", {});
    setLoading(false);
    showLiveProblem(reply.ok ? null : reply.error);
    if (reply.ok) setSlots(reply.slots);
  };

  const book = async (slot: Slot) => {
    const reply = await teacherRequest("slot:book", (credentials) => ({
      slotId: slot.slotId,
      ...credentials,
    }));
    showLiveProblem(reply.ok ? null : reply.error);
    if (!reply.ok) return;
    const link = pageAddress(hrefOf({ view: "classGuest", code: live.code, guest: reply.guest }));
    setBookings((list) => [...list, { slot: reply.slot, link }]);
    setSlots((list) => list?.filter((candidate) => candidate.slotId !== slot.slotId) ?? null);
  };

  const describe = (slot: Slot) => {
    const { date, time } = when(slot);
    return {
      who: t("slotWho", {
        firstName: slot.firstName,
        trade: tradeTitle(slot.trade),
        company: company(slot.company),
      }),
      when: t("slotWhen", { date, time, minutes: slot.minutes }),
    };
  };

  return (
    <section className="class-slots" aria-labelledby="class-slots-title">
      <h3 id="class-slots-title">{t("slotsTitle")}</h3>
      {bookings.map(({ slot, link }) => {
        const text = describe(slot);
        return (
          <div key={slot.slotId} className="class-slot-booked" role="status" data-slot-booked={slot.slotId}>
            <p>
              <strong>{t("slotBooked")}</strong> — {t("slotReminder", text)}
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
                    summary: t("slotIcsSummary", {
                      firstName: slot.firstName,
                      trade: tradeTitle(slot.trade),
                    }),
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
      })}
      <p className="muted">{t("slotsIntro")}</p>
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
                <button type="button" className="button" onClick={() => void book(slot)}>
                  {t("slotBook")}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
