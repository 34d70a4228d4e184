import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket } from "socket.io";
import { afterEach, describe, expect, it } from "vitest";
import { classNamespace } from "../src/protocol/classRules";
import { connectHub, type HubClient } from "../src/protocol/hubClient";

/**
 * A pupil's socket comes back after a cut (a phone asleep, a busy school link) and asks to rejoin
 * its class (`class:resume`). Found by bench:reseau at 30 pupils: when the hub, busy, did not answer
 * that question in time, the socket stayed connected but outside its class, and the device kept
 * its old stop for good. It now asks again until it is answered.
 */
let http: HttpServer;
let io: Server;
let client: HubClient | null = null;

afterEach(async () => {
  client?.close();
  client = null;
  await io.close();
  http.close();
});

/** A hub that leaves the first `unanswered` resumes without an answer, then answers the next. */
async function hubThatIsBusy(unanswered: number) {
  http = createServer();
  io = new Server(http, { path: "/socket.io/" });
  const sockets: Socket[] = [];
  let resumes = 0;
  io.of(classNamespace).on("connection", (socket) => {
    sockets.push(socket);
    socket.on("class:resume", (_payload: unknown, ack: (reply: unknown) => void) => {
      resumes++;
      if (resumes <= unanswered) return;
      ack({ ok: true, state: { code: "ABC234", step: 3 } });
    });
  });
  await new Promise<void>((listening) => http.listen(0, "127.0.0.1", () => listening()));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sockets, resumes: () => resumes };
}

async function until(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((tick) => setTimeout(tick, 20));
  }
}

describe("a socket back from a cut", () => {
  it("asks again to rejoin its class until the busy hub answers, and then shows the class's stop", async () => {
    const hub = await hubThatIsBusy(2);
    const hubClient = connectHub({
      url: hub.url,
      transports: ["websocket"],
      timeoutMs: 300,
      reconnectionDelayMax: 200,
    });
    client = hubClient;
    const states: unknown[] = [];
    hubClient.on("class:state", (state) => states.push(state));
    await until(() => hubClient.status === "connected", "the first connection");
    hubClient.setSession({ role: "pupil", code: "ABC234", pupil: "pupil-1" });

    // The line drops under the socket (not a hub's « goodbye »): it reconnects by itself.
    hub.sockets[0]?.conn.close();
    await until(() => hub.resumes() >= 3, "a third question to rejoin");
    await until(() => states.length > 0, "the class's state");
    expect(hub.resumes()).toBe(3);
    expect(states).toEqual([{ code: "ABC234", step: 3 }]);
  });

  it("stops asking once it has left the class", async () => {
    const hub = await hubThatIsBusy(Number.POSITIVE_INFINITY);
    const hubClient = connectHub({
      url: hub.url,
      transports: ["websocket"],
      timeoutMs: 300,
      reconnectionDelayMax: 200,
    });
    client = hubClient;
    await until(() => hubClient.status === "connected", "the first connection");
    hubClient.setSession({ role: "pupil", code: "ABC234", pupil: "pupil-1" });
    hub.sockets[0]?.conn.close();
    await until(() => hub.resumes() >= 1, "a first question to rejoin");
    hubClient.setSession(null);
    const asked = hub.resumes();
    await new Promise((wait) => setTimeout(wait, 2000));
    expect(hub.resumes()).toBeLessThanOrEqual(asked + 1);
  });
});
