import { useDictionary } from "../i18n/useT";
import type { Slot } from "../protocol/slotSchema";
import { useStore } from "../state/store";
import { slotStrings } from "./slotStrings";
import { useTradeTitle } from "./useTradeTitle";

/** How a slot reads: its date and time in the visitor's language, who answers, and both in words. */
export function useSlotText(): {
  when: (slot: Slot) => { date: string; time: string };
  company: (id: string) => string;
  /** « Samia, Soudeur — Aciérie du Golfe » and « lundi 7 décembre 2026, 14:00 (30 min) ». */
  describe: (slot: Slot) => { who: string; when: string };
} {
  const t = useDictionary(slotStrings);
  const tradeTitle = useTradeTitle();
  const locale = useStore((s) => s.locale);
  const content = useStore((s) => s.content);
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  const when = (slot: Slot) => {
    const start = new Date(slot.start);
    return {
      date: start.toLocaleDateString(tag, {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
      }),
      time: start.toLocaleTimeString(tag, { hour: "2-digit", minute: "2-digit" }),
    };
  };
  const company = (id: string) =>
    content.status === "ready" ? (content.content.companyById.get(id)?.name ?? id) : id;
  return {
    when,
    company,
    describe: (slot) => {
      const { date, time } = when(slot);
      return {
        who: t("slotWho", {
          firstName: slot.firstName,
          trade: tradeTitle(slot.trade),
          company: company(slot.company),
        }),
        when: t("slotWhen", { date, time, minutes: slot.minutes }),
      };
    },
  };
}
