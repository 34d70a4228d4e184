import { createServer, type Socket, connect as tcpConnect } from "node:net";

/**
 * A TCP line between a client and a hub node that a test can cut (every open connection reset,
 * new ones refused, as when a phone sleeps or leaves the Wi-Fi) and restore, to the same node or
 * to another one (as a load balancer would after the line came back).
 */
export interface CuttableLine {
  /** `http://127.0.0.1:<port>`: what the client connects to. */
  url: string;
  cut(): void;
  /** Restores the line, to `targetPort` when given. */
  restore(targetPort?: number): void;
  /**
   * A phone that sleeps: every open WebSocket connection falls silent (no byte passes either way,
   * nothing is closed, as when the network forgot the phone's connection), the other open
   * connections are closed, and new connections pass (the phone's network is back when it wakes).
   */
  sleep(): void;
  /** How many WebSocket connections (an `Upgrade: websocket` request) pass now. */
  webSockets(): number;
  close(): Promise<void>;
}

export async function cuttableLine(targetPort: number): Promise<CuttableLine> {
  let target = targetPort;
  let open = true;
  const sockets = new Set<Socket>();
  /** Each open client connection: its upstream, and whether it carries a WebSocket. */
  const lines = new Map<Socket, { upstream: Socket; webSocket: boolean; silent: boolean }>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (!open) {
      client.resetAndDestroy();
      return;
    }
    const upstream = tcpConnect(target, "127.0.0.1");
    track(upstream);
    const line = { upstream, webSocket: false, silent: false };
    lines.set(client, line);
    client.once("data", (first: Buffer) => {
      line.webSocket = /^upgrade:\s*websocket/im.test(first.toString("latin1"));
    });
    client.pipe(upstream);
    upstream.pipe(client);
    client.once("close", () => {
      lines.delete(client);
      if (!line.silent) upstream.destroy();
    });
    upstream.once("close", () => {
      if (!line.silent) client.destroy();
    });
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", () => listening()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cut() {
      open = false;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    sleep() {
      for (const [client, line] of lines) {
        if (!line.webSocket) {
          client.destroy();
          continue;
        }
        line.silent = true;
        client.unpipe(line.upstream);
        line.upstream.unpipe(client);
        client.pause();
        line.upstream.pause();
      }
    },
    webSockets: () => [...lines.values()].filter((line) => line.webSocket && !line.silent).length,
    restore(targetPort) {
      if (targetPort !== undefined) target = targetPort;
      open = true;
    },
    close: () =>
      new Promise((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}
