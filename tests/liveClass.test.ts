import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type RunningHub, startHub } from "../server/startHub";
import { buildContentIndex, type ContentIndex } from "../src/content/contentIndex";
import type { Tour } from "../src/content/schema";
import { validatePack } from "../src/content/validatePack";
import {
  answerStep,
  askQuestion,
  configureLiveClient,
  endClass,
  gotoStep,
  joinClass,
  leaveClass,
  startClass,
} from "../src/live/liveClient";
import type { ClassState } from "../src/protocol/schema";
import { contentLoaded } from "../src/state/actions";
import {
  answerChosen,
  classResultsReceived,
  classStateReceived,
  classStopOf,
  liveCleared,
  liveConnectionChanged,
  liveStarted,
} from "../src/state/liveActions";
import { resolveView } from "../src/state/resolveView";
import { useStore } from "../src/state/store";
import { minimalPack } from "./fixtures/minimalPack";
import { type TestClient, testClient } from "./hub/hubHelpers";

/** The minimal pack, its tour given two stops whose questions have choices. */
function pack(): { content: ContentIndex; tour: Tour } {
  const raw = minimalPack();
  const tour = raw.tours[0] as { stops: Record<string, unknown>[] };
  const question = (prompt: string) => ({
    prompt,
    choices: ["Souder", "Peindre", "Couler"],
    correct: 0,
    answer: "On soude.",
  });
  (tour.stops[0] as Record<string, unknown>).question = question("Que fait ce robot ?");
  tour.stops.push({
    company: "acierie-test",
    workshop: "soudage",
    machine: "poste-soudure",
    narration: "Voici le poste de soudure.",
    notes: "Parler des métiers.",
    question: question("Que fait-on ici ?"),
  });
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const content = buildContentIndex(result.pack);
  const found = content.tourById.get("decouverte");
  if (!found) throw new Error("no tour");
  return { content, tour: found };
}

const { content, tour } = pack();
const initial = useStore.getState();
const state = (patch: Partial<ClassState> = {}): ClassState => ({
  tour: tour.id,
  step: 0,
  mode: "follow",
  revealed: false,
  pupils: 1,
  ended: false,
  ...patch,
});

describe("the live class in the store", () => {
  beforeEach(() => {
    useStore.setState(initial, true);
    contentLoaded(content);
  });

  it("moves a pupil's stage to the class's stop (1-based), in free mode or not, and off it at the end", () => {
    liveStarted("pupil", "ABC234", tour.id);
    classStateReceived(state());
    expect(useStore.getState().classStop).toEqual({ tour, step: 1, free: false });
    classStateReceived(state({ step: 1, mode: "free" }));
    expect(useStore.getState().classStop).toEqual({ tour, step: 2, free: true });
    // A teacher's own tour, sent whole, needs nothing from the pack.
    const own: Tour = { ...tour, id: "ma-visite", title: "Ma visite" };
    classStateReceived(state({ tour: own, step: 0 }));
    expect(useStore.getState().classStop).toEqual({ tour: own, step: 1, free: false });
    expect(useStore.getState().live?.tourId).toBe("ma-visite");
    classStateReceived(state({ step: 1, ended: true }));
    expect(useStore.getState().classStop).toBeNull();
    expect(useStore.getState().live?.state?.ended).toBe(true);
  });

  it("keeps a pupil's stop as it is when a teacher's own tour comes again unchanged (another pupil joined)", () => {
    liveStarted("pupil", "ABC234", "ma-visite");
    const own = (): Tour => JSON.parse(JSON.stringify({ ...tour, id: "ma-visite", title: "Ma visite" }));
    classStateReceived(state({ tour: own(), step: 0, pupils: 1 }));
    const first = useStore.getState().classStop;
    classStateReceived(state({ tour: own(), step: 0, pupils: 2 }));
    expect(useStore.getState().classStop).toBe(first);
    classStateReceived(state({ tour: own(), step: 1, pupils: 2 }));
    expect(useStore.getState().classStop?.tour).toBe(first?.tour);
    expect(useStore.getState().classStop?.step).toBe(2);
    // The teacher changed the tour: the new one is shown.
    const changed = { ...own(), title: "Ma visite, revue" };
    classStateReceived(state({ tour: changed, step: 1, pupils: 2 }));
    expect(useStore.getState().classStop?.tour).toBe(changed);
  });

  it("leaves a teacher's stage to the tour's route", () => {
    liveStarted("teacher", "ABC234", tour.id);
    classStateReceived(state({ step: 1 }));
    expect(useStore.getState().classStop).toBeNull();
    expect(useStore.getState().live?.state?.step).toBe(1);
  });

  it("keeps results by step, the pupil's answers, the connection; forgets everything on leaving", () => {
    liveStarted("pupil", "ABC234", tour.id, { 0: 2 });
    classResultsReceived({ step: 0, counts: [1, 0, 2], total: 3 });
    classResultsReceived({ step: 1, counts: [0, 1, 0], total: 1 });
    classResultsReceived({ step: 0, counts: [2, 0, 2], total: 4 });
    expect(useStore.getState().live?.results[0]?.total).toBe(4);
    expect(useStore.getState().live?.results[1]?.total).toBe(1);
    answerChosen(1, 0);
    answerChosen(0, null);
    expect(useStore.getState().live?.answers).toEqual({ 1: 0 });
    liveConnectionChanged("reconnecting");
    expect(useStore.getState().live?.connection).toBe("reconnecting");
    liveCleared();
    expect(useStore.getState().live).toBeNull();
    expect(useStore.getState().classStop).toBeNull();
  });

  it("caps a stop past the tour's end at its last stop", () => {
    expect(classStopOf(state({ step: 7 }), tour)?.step).toBe(tour.stops.length);
    expect(classStopOf(state(), undefined)).toBeNull();
  });

  it("frames the stop's machine when following, lets the pupil walk in free mode", () => {
    const route = { view: "class" as const, code: "ABC234" };
    const following = resolveView(route, { content, classStop: { tour, step: 2, free: false } });
    expect(following.overlay?.kind).toBe("classStop");
    expect(following.scene?.kind === "workshop" && following.scene.focusMachineId).toBe("poste-soudure");
    const free = resolveView(route, { content, classStop: { tour, step: 2, free: true } });
    expect(free.scene?.kind === "workshop" && free.scene.focusMachineId).toBeUndefined();
    expect(resolveView(route, { content, classStop: null }).scene).toBeNull();
  });
});

describe("a pupil's actions against a hub", () => {
  let hub: RunningHub;
  let teacher: TestClient;
  let code = "";
  let key = "";
  beforeAll(async () => {
    hub = await startHub({ host: "127.0.0.1", log: () => {} });
    configureLiveClient({ url: hub.url });
    teacher = testClient(hub.url);
    const created = await teacher.hub.request("class:create", { tour });
    if (!created.ok) throw new Error(created.error);
    ({ code, key } = created);
  });
  afterAll(async () => {
    leaveClass();
    teacher?.close();
    await hub?.close();
  });
  beforeEach(() => {
    contentLoaded(content);
  });

  it("refuses an unknown code, then joins with a typed code and follows, answers, asks, sees the results", async () => {
    const unknown = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    expect(await joinClass(unknown, "Léa")).toBe("unknown-code");
    expect(useStore.getState().liveProblem).toBe("unknown-code");
    expect(useStore.getState().live).toBeNull();

    expect(await joinClass(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `, "Léa")).toBeNull();
    expect(useStore.getState().liveProblem).toBeNull();
    expect(useStore.getState().live?.code).toBe(code);
    expect(useStore.getState().classStop).toMatchObject({ step: 1, free: false });

    await teacher.hub.request("class:goto", { code, key, step: 1 });
    await vi.waitFor(() => expect(useStore.getState().classStop?.step).toBe(2));
    await teacher.hub.request("class:mode", { code, key, mode: "free" });
    await vi.waitFor(() => expect(useStore.getState().classStop?.free).toBe(true));

    await answerStep(1, 2);
    await answerStep(1, 1);
    expect(useStore.getState().live?.answers).toEqual({ 1: 1 });
    await teacher.until("class:results", (r) => r.step === 1 && r.total === 1 && r.counts[1] === 1);

    expect(await askQuestion("Combien de temps dure la formation ?")).toBeNull();
    await teacher.until("class:questions", (q) => q.some((x) => x.text.startsWith("Combien de temps")));

    await teacher.hub.request("class:reveal", { code, key, step: 1 });
    await vi.waitFor(() => expect(useStore.getState().live?.results[1]?.total).toBe(1));
    // Too late once revealed: the refusal is shown and the kept answer stays.
    await answerStep(1, 0);
    expect(useStore.getState().liveProblem).toBe("too-late");
    expect(useStore.getState().live?.answers).toEqual({ 1: 1 });
  });

  it("hears the end of the class: off the stop, and nothing kept once it leaves", async () => {
    const ended = await teacher.hub.request("class:end", { code, key });
    expect(ended.ok).toBe(true);
    await vi.waitFor(() => expect(useStore.getState().live?.state?.ended).toBe(true));
    expect(useStore.getState().classStop).toBeNull();
    leaveClass();
    expect(useStore.getState().live).toBeNull();
  });
});

describe("a teacher's actions against a hub", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub({ host: "127.0.0.1", log: () => {} });
    configureLiveClient({ url: hub.url });
  });
  afterAll(async () => {
    leaveClass();
    await hub?.close();
  });

  it("sends a teacher's own tour whole, from the stop on screen; sees pupils, moves them, ends with a summary", async () => {
    useStore.setState(initial, true);
    contentLoaded(content);
    const own: Tour = { ...tour, id: "ma-visite", title: "Ma visite" };
    expect(await startClass(own, 2)).toBeNull();
    const live = useStore.getState().live;
    expect(live?.role).toBe("teacher");
    const code = live?.code ?? "";
    const pupil = testClient(hub.url);
    try {
      const joined = await pupil.hub.request("class:join", { code, name: "Zoé" });
      if (!joined.ok) throw new Error(joined.error);
      // The class starts at the teacher's stop, with the tour the pupils could not find in their pack.
      expect(joined.state.step).toBe(1);
      expect(joined.state.tour).toMatchObject({ id: "ma-visite", title: "Ma visite" });
      await vi.waitFor(() => expect(useStore.getState().live?.roster).toEqual(["Zoé"]));
      await vi.waitFor(() => expect(useStore.getState().live?.state?.pupils).toBe(1));
      await gotoStep(0);
      await pupil.until("class:state", (s) => s.step === 0);
      await pupil.hub.request("class:answer", { code, pupil: joined.pupil, step: 0, choice: 0 });
      await vi.waitFor(() => expect(useStore.getState().live?.results[0]?.counts[0]).toBe(1));
      await endClass();
      expect(useStore.getState().live?.summary?.pupils).toBe(1);
      expect(useStore.getState().live?.summary?.steps.find((s) => s.step === 0)?.correct).toBe(1);
      await pupil.until("class:state", (s) => s.ended);
    } finally {
      pupil.close();
    }
  });
});
