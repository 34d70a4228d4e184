import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";
import { classNamespace } from "../../src/protocol/classRules";
import type { ClassState } from "../../src/protocol/schema";
import { type TestClient, testClient } from "./hubHelpers";

/**
 * A pupil's device comes back after a cut, and its first reconnection, recovered on the hub, is
 * answered too late: the device tries again with the same session (bench:reseau at 30 pupils saw
 * it). The hub must not restore that session twice: two sockets with one id, and when the
 * abandoned one goes, the device still connected is dropped from its class and hears no more moves.
 */

let hub: RunningHub;
let teacher: TestClient;
const sockets: Socket[] = [];

beforeAll(async () => {
  hub = await startHub({ host: "127.0.0.1", log: () => {} });
  teacher = testClient(hub.url, "10.9.0.1");
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  teacher.close();
  await hub.close();
});

/** A raw Socket.IO client, as the app's opens it, that does not reconnect by itself. */
function pupilSocket(session?: { pid: string; offset: string }): Socket {
  const socket = io(`${hub.url}${classNamespace}`, {
    path: "/socket.io/",
    transports: ["websocket"],
    reconnection: false,
    autoConnect: false,
    extraHeaders: { "x-forwarded-for": "10.9.0.2" },
  });
  // NOTE: what the client sends to recover a session (its private fields, as after a cut).
  if (session) Object.assign(socket, { _pid: session.pid, _lastOffset: session.offset });
  sockets.push(socket);
  socket.connect();
  return socket;
}

const connected = (socket: Socket) =>
  new Promise<void>((done) => (socket.connected ? done() : socket.once("connect", () => done())));

function stateWithStep(socket: Socket, step: number, timeoutMs = 5000): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on("class:state", (state: ClassState) => {
      if (state.step !== step) return;
      clearTimeout(timer);
      done(true);
    });
  });
}

describe("a session kept for a device that was cut", () => {
  it("is restored once: a second try gets a socket of its own, which rejoins and hears the next move", async () => {
    const created = await teacher.hub.request("class:create", { tour: "decouverte-industries-provence" });
    if (!created.ok) throw new Error(created.error);
    const { code, key } = created;

    const first = pupilSocket();
    await connected(first);
    const joined = (await first.emitWithAck("class:join", { code, name: "Léa" })) as {
      ok: boolean;
      pupil: string;
    };
    expect(joined.ok).toBe(true);
    // A broadcast gives the socket its offset in the hub's stream (what recovery needs).
    const moved = stateWithStep(first, 1);
    expect((await teacher.hub.request("class:goto", { code, key, step: 1 })).ok).toBe(true);
    expect(await moved).toBe(true);
    const session = first as unknown as { _pid: string; _lastOffset: string };
    const kept = { pid: session._pid, offset: session._lastOffset };
    expect(typeof kept.pid).toBe("string");
    expect(typeof kept.offset).toBe("string");

    // The cut: the hub keeps the session for the recovery window.
    const firstId = first.id;
    first.io.engine.close();
    const namespace = hub.io.of(classNamespace);
    while (namespace.sockets.has(firstId ?? "")) await new Promise((tick) => setTimeout(tick, 20));

    // The device's first reconnection is recovered; its answer is "too late", so the device tries again.
    const abandoned = pupilSocket(kept);
    await connected(abandoned);
    expect(abandoned.recovered).toBe(true);
    const retry = pupilSocket(kept);
    await connected(retry);
    expect(retry.recovered).toBe(false);
    expect(retry.id).not.toBe(abandoned.id);
    // What the app's client does for a socket that was not recovered: it rejoins its class.
    const resumed = (await retry.emitWithAck("class:resume", { code, pupil: joined.pupil })) as {
      ok: boolean;
    };
    expect(resumed.ok).toBe(true);

    // The abandoned socket goes (its line timed out); the device still connected follows the class.
    abandoned.io.engine.close();
    while (namespace.sockets.has(abandoned.id ?? "")) await new Promise((tick) => setTimeout(tick, 20));
    const followed = stateWithStep(retry, 2);
    expect((await teacher.hub.request("class:goto", { code, key, step: 2 })).ok).toBe(true);
    expect(await followed).toBe(true);
  });
});
