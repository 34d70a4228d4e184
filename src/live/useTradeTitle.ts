import { useStore } from "../state/store";

/** The catalogue's title of a trade id (the id itself while the pack is not there). */
export function useTradeTitle(): (trade: string) => string {
  const content = useStore((s) => s.content);
  return (trade) =>
    content.status === "ready" ? (content.content.jobById.get(trade)?.title ?? trade) : trade;
}
