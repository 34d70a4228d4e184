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
  close(): Promise<void>;
}

export async function cuttableLine(targetPort: number): Promise<CuttableLine> {
  let target = targetPort;
  let open = true;
  const sockets = new Set<Socket>();
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
    client.pipe(upstream);
    upstream.pipe(client);
    client.once("close", () => upstream.destroy());
    upstream.once("close", () => client.destroy());
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
