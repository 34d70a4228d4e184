/**
 * A worker of `npm run bench:classe`: connects many pupils (Socket.IO clients in Node, WebSocket),
 * joins them to their classes, and records when each one receives each `class:state`.
 * Driven by its parent over IPC: "join" → "joined", "report" → the received steps and times.
 */
import { performance } from "node:perf_hooks";
import { connectHub, type HubClient } from "../../src/protocol/hubClient";

export interface JoinOrder {
  type: "join";
  /** One entry per pupil: the hub node to connect to and the class code. */
  pupils: { url: string; code: string }[];
}
export type PupilReport = {
  type: "report";
  /** Per pupil: its class and every state received during the measure: [step, time, pupils]. */
  pupils: { code: string; states: [number, number, number][] }[];
  failedJoins: number;
};

const now = () => performance.timeOrigin + performance.now();

const pupils: { code: string; hub: HubClient; states: [number, number, number][] }[] = [];
let measuring = false;

async function join(order: JoinOrder) {
  let failedJoins = 0;
  const batch = 25;
  for (let i = 0; i < order.pupils.length; i += batch) {
    await Promise.all(
      order.pupils.slice(i, i + batch).map(async ({ url, code }, j) => {
        const hub = connectHub({ url, transports: ["websocket"], timeoutMs: 30_000 });
        const pupil = { code, hub, states: [] as [number, number, number][] };
        hub.on("class:state", (state) => {
          if (measuring) pupil.states.push([state.step, now(), state.pupils]);
        });
        const joined = await hub.request("class:join", { code, name: `Élève ${i + j}` });
        if (!joined.ok) {
          failedJoins++;
          return;
        }
        hub.setSession({ role: "pupil", code, pupil: joined.pupil });
        pupils.push(pupil);
      }),
    );
  }
  return failedJoins;
}

process.on("message", (message: { type: string } & Partial<JoinOrder>) => {
  if (message.type === "join") {
    void join(message as JoinOrder).then((failedJoins) =>
      process.send?.({ type: "joined", count: pupils.length, failedJoins }),
    );
  } else if (message.type === "measure") {
    measuring = true;
    process.send?.({ type: "measuring" });
  } else if (message.type === "report") {
    measuring = false;
    const report: PupilReport = {
      type: "report",
      pupils: pupils.map(({ code, states }) => ({ code, states })),
      failedJoins: 0,
    };
    process.send?.(report);
  } else if (message.type === "close") {
    for (const pupil of pupils) pupil.hub.close();
    setTimeout(() => process.exit(0), 200);
  }
});
process.send?.({ type: "ready" });
