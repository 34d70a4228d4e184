import { useEffect, useState } from "react";

/** Milliseconds since the presenter first opened this tour in this tab (kept across reloads). */
export function useElapsed(tourId: string): number {
  const [start] = useState(() => {
    const key = `usine-visite-debut:${tourId}`;
    try {
      const kept = Number(sessionStorage.getItem(key));
      if (kept > 0) return kept;
      sessionStorage.setItem(key, String(Date.now()));
    } catch {
      // NOTE: storage can be refused (private mode, policies): the clock then starts at this load.
    }
    return Date.now();
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now - start;
}
