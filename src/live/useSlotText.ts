import type { Slot } from "../protocol/slotSchema";
import { useStore } from "../state/store";

/** How a slot reads: its date and time in the visitor's language, and who answers. */
export function useSlotText(): {
  when: (slot: Slot) => { date: string; time: string };
  company: (id: string) => string;
} {
  const locale = useStore((s) => s.locale);
  const content = useStore((s) => s.content);
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  return {
    when: (slot) => {
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
    },
    company: (id) => (content.status === "ready" ? (content.content.companyById.get(id)?.name ?? id) : id),
  };
}
