import { useEffect, useRef } from "react";
import { navigate } from "../state/actions";
import { useStore } from "../state/store";
import { isTourSyncMessage, tourChannelName } from "./tourPlayback";

/**
 * Keeps the presenter's and the projector's windows on the same stop: each posts the step it
 * moves to on the "usine-visite" BroadcastChannel, and follows the steps the other posts
 * (replacing its history entry, so that following never posts back a new move).
 */
export function useTourSync(tour: string, step: number): void {
  const channel = useRef<BroadcastChannel | null>(null);
  /** The last step received: showing it is following, not moving, so it is not posted back. */
  const received = useRef<number | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(tourChannelName);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isTourSyncMessage(message)) return;
      const route = useStore.getState().route;
      if (route.view !== "tour" || route.tour !== message.tour || route.step === message.step) return;
      received.current = message.step;
      navigate({ ...route, step: message.step }, "replace");
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    if (received.current === step) {
      received.current = null;
      return;
    }
    channel.current?.postMessage({ tour, step });
  }, [tour, step]);
}
