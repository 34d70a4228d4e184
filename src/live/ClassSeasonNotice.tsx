import { useDictionary } from "../i18n/useT";
import { readMyClass } from "../state/myClassStorage";
import { hrefOf } from "../state/route";
import { useStore } from "../state/store";
import { type LiveStringKey, liveStrings } from "./liveStrings";

const messages: Record<"counting" | "not-counted" | "recorded" | "lost", LiveStringKey> = {
  counting: "liveSeasonCounting",
  "not-counted": "liveSeasonNotCounted",
  recorded: "liveSeasonRecorded",
  lost: "liveSeasonLost",
};

/**
 * The class season in the teacher's window: before the start, which class the session will count
 * for (or a link to create « Ma classe »); then whether it counts, and at the end whether it was added.
 */
export function ClassSeasonNotice() {
  const t = useDictionary(liveStrings);
  const season = useStore((s) => s.live?.season);
  const live = useStore((s) => s.live !== null);
  const myClass = readMyClass();
  const link = (
    <a href={hrefOf({ view: "myClass" })} data-my-class-link="">
      {t("liveMyClassLink")}
    </a>
  );
  if (season)
    return (
      <p
        className={
          season.status === "counting" || season.status === "recorded" ? "class-season" : "class-season warn"
        }
        role={season.status === "lost" || season.status === "not-counted" ? "alert" : "status"}
        data-class-season={season.status}
      >
        {t(messages[season.status], { label: season.label })} {link}
      </p>
    );
  if (live) return null;
  return (
    <p className="class-season" data-class-season={myClass ? "ready" : "none"}>
      {myClass ? t("liveSeasonCounting", { label: myClass.label }) : t("liveSeasonNone")} {link}
    </p>
  );
}
