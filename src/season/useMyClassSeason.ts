import { useCallback, useEffect, useState } from "react";
import type { SeasonView } from "../protocol/seasonSchema";
import { forgetMyClass, type MyClass, readMyClass, writeMyClass } from "../state/myClassStorage";
import { seasonRequest } from "./seasonClient";

export type SeasonLoad =
  | { status: "none" }
  | { status: "loading"; myClass: MyClass }
  | { status: "ready"; myClass: MyClass; season: SeasonView }
  | { status: "error"; myClass: MyClass; error: string };

/** « Ma classe » of this browser and its season, asked of the hub; `reload` asks again. */
export function useMyClassSeason(): { load: SeasonLoad; reload: () => void } {
  const [load, setLoad] = useState<SeasonLoad>(() => {
    const myClass = readMyClass();
    return myClass ? { status: "loading", myClass } : { status: "none" };
  });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  useEffect(() => {
    void round;
    const myClass = readMyClass();
    if (!myClass) {
      setLoad({ status: "none" });
      return;
    }
    let live = true;
    // Asking again (after joining a challenge): the season on screen stays until the new one comes.
    setLoad((current) => (current.status === "ready" ? current : { status: "loading", myClass }));
    seasonRequest("season:get", { classId: myClass.classId, classKey: myClass.classKey }).then(
      (reply) => {
        if (!live) return;
        if (reply.ok) {
          const info = reply.season.class;
          const label = info ? `${info.label} · ${info.school}` : myClass.label;
          if (label !== myClass.label) writeMyClass({ ...myClass, label });
          setLoad({ status: "ready", myClass: { ...myClass, label }, season: reply.season });
        } else {
          // A class deleted elsewhere: this browser forgets it.
          if (reply.error === "bad-class-key") forgetMyClass();
          setLoad({ status: "error", myClass, error: reply.error });
        }
      },
      () => live && setLoad({ status: "error", myClass, error: "offline" }),
    );
    return () => {
      live = false;
    };
  }, [round]);

  return { load, reload };
}
