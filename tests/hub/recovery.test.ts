import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisAdapterKind, type RunningHub, startHub } from "../../server/startHub";
import type { ClassState } from "../../src/protocol/schema";
import { type CuttableLine, cuttableLine } from "./cuttableLine";
import { type RedisServer, startRedis, type TestClient, testClient } from "./hubHelpers";

/**
 * A pupil's line is cut for 20 s (a phone asleep, a Wi-Fi that dropped) while the teacher, on
 * another hub node, moves the class on; then the line comes back, to the teacher's node. With the
 * Redis Streams adapter the pupil's socket is recovered there and receives every broadcast it
 * missed, in order; with the pub/sub adapter (kept to compare) it is not, and only the current
 * state comes back through `class:resume`.
 */

const offlineMs = 20_000;
let redis: RedisServer;
const hubs: RunningHub[] = [];
const lines: CuttableLine[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all(lines.map((line) => line.close()));
  await Promise.all(hubs.map((hub) => hub.close()));
  await redis.stop();
});

async function until(test: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((tick) => setTimeout(tick, 25));
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Outcome {
  recovered: boolean;
  /** `class:state` broadcasts the teacher saw while the pupil was offline. */
  missedByTeacher: ClassState[];
  /** What the pupil received after the line came back (replayed or re-attached). */
  receivedByPupil: ClassState[];
  revealedResultsReached: boolean;
}

/** One class on two nodes of one adapter kind; the pupil's line cut for 20 s. */
async function classThroughCutLine(adapter: RedisAdapterKind): Promise<Outcome> {
  const options = {
    redisUrl: redis.url,
    redisAdapter: adapter,
    trustProxy: true,
    log: () => {},
    hub: { presenceSweepMs: 500 },
  };
  const [nodeA, nodeB] = await Promise.all([startHub(options), startHub(options)]);
  hubs.push(nodeA, nodeB);
  const line = await cuttableLine(nodeA.port);
  lines.push(line);

  const teacher = testClient(nodeB.url, "10.7.0.1");
  const pupil = testClient(line.url, "10.7.0.2");
  clients.push(teacher, pupil);
  const created = await teacher.hub.request("class:create", { tour: "decouverte-industries-provence" });
  if (!created.ok) throw new Error(created.error);
  const { code, key } = created;
  teacher.hub.setSession({ role: "teacher", code, key });
  const joined = await pupil.hub.request("class:join", { code, name: "Léa" });
  if (!joined.ok) throw new Error(joined.error);
  pupil.hub.setSession({ role: "pupil", code, pupil: joined.pupil });
  // A broadcast (the presence count) has reached the pupil: its socket has a stream offset.
  await pupil.until("class:state", (state) => state.pupils === 1);

  line.cut();
  await until(() => pupil.hub.status === "reconnecting", "the pupil to notice the cut");
  const teacherBefore = teacher.received["class:state"].length;
  const pupilBefore = pupil.received["class:state"].length;
  for (const step of [1, 2])
    expect(await teacher.hub.request("class:goto", { code, key, step })).toEqual({ ok: true });
  expect(await teacher.hub.request("class:reveal", { code, key, step: 2 })).toEqual({ ok: true });
  expect(await teacher.hub.request("class:goto", { code, key, step: 3 })).toEqual({ ok: true });
  expect(await teacher.hub.request("class:mode", { code, key, mode: "free" })).toEqual({ ok: true });
  await teacher.until("class:state", (state) => state.step === 3 && state.mode === "free");
  await sleep(offlineMs);
  const missedByTeacher = teacher.received["class:state"].slice(teacherBefore);

  let recovered = false;
  const back = new Promise<void>((done) => {
    pupil.hub.onRecovered(() => {
      recovered = true;
      done();
    });
    pupil.hub.onReattach(() => done());
  });
  line.restore(nodeB.port);
  await back;
  await pupil.until("class:state", (state) => state.step === 3 && state.mode === "free");
  const revealedResultsReached = pupil.received["class:results"].some(
    (results) => results.step === 2 && results.total === 0,
  );
  return {
    recovered: recovered && pupil.hub.socket.recovered,
    missedByTeacher,
    receivedByPupil: pupil.received["class:state"].slice(pupilBefore),
    revealedResultsReached,
  };
}

describe("a pupil offline 20 s, two hub nodes on Redis", () => {
  it("resumes with nothing missed through the Streams adapter, and only the last state through pub/sub", async () => {
    const [streams, pubsub] = await Promise.all([
      classThroughCutLine("streams"),
      classThroughCutLine("pubsub"),
    ]);

    // Streams: the same socket, recovered on the other node, with every broadcast it missed in order.
    expect(streams.recovered).toBe(true);
    expect(streams.missedByTeacher.map((state) => state.step)).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(streams.receivedByPupil.slice(0, streams.missedByTeacher.length)).toEqual(streams.missedByTeacher);
    expect(streams.revealedResultsReached).toBe(true);

    // Pub/sub: a new socket, re-attached by `class:resume`: steps 1 and 2 and the revealed results never came.
    expect(pubsub.recovered).toBe(false);
    expect(pubsub.receivedByPupil.map((state) => state.step)).not.toContain(1);
    expect(pubsub.receivedByPupil.at(-1)).toMatchObject({ step: 3, mode: "free" });
    expect(pubsub.revealedResultsReached).toBe(false);
  }, 90_000);
});
