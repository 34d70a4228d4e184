import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { connect as tcpConnect } from "node:net";
import { Transform, type TransformCallback } from "node:stream";

/**
 * A school's Internet link in front of a site: a reverse proxy on loopback that every device of
 * a class goes through. It can refuse WebSocket upgrades (as many school proxies do), add a
 * round-trip time, and share one downstream bandwidth between every connection (one FIFO queue,
 * as at the school's router). It counts the bytes it sends down, by path.
 * Used by the school-network browser test and by `npm run bench:reseau`.
 */

export interface SchoolLinkOptions {
  /** The site (and hub) behind the link, e.g. `http://127.0.0.1:8080`. */
  target: string;
  /** Refuse `Upgrade: websocket` with 403, as a filtering proxy does. */
  refuseWebSocket?: boolean;
  /** Downstream bandwidth shared by everyone, in bits per second (unlimited when omitted). */
  bitsPerSecond?: number;
  /** Round-trip time added to every request and WebSocket message (0 when omitted). */
  rttMs?: number;
}

export interface SchoolLink {
  /** `http://127.0.0.1:<port>`: what the devices open. */
  url: string;
  /** Bytes sent down to the devices, response headers and WebSocket frames included. */
  bytesDown(): number;
  /** Bytes sent down for paths that start with `prefix` (e.g. `/models/`). */
  bytesDownFor(prefix: string): number;
  /**
   * Responses fully sent down, for requests that carried an `x-bench-device` header (the bench
   * sets one per device): which device, which path, when the last byte left (ms, wall clock).
   */
  deliveries(): ReadonlyArray<{ device: string; path: string; at: number }>;
  /** Bytes sent down by path. */
  bytesDownByPath(): ReadonlyMap<string, number>;
  /** WebSocket upgrades refused so far. */
  refusedUpgrades(): number;
  /** Requests that carried Socket.IO's long-polling transport. */
  pollingRequests(): number;
  resetCounters(): void;
  close(): Promise<void>;
}

/** Bytes the link sends at once before the next piece may go (keeps the queue fair between streams). */
const pieceBytes = 16 * 1024;

export async function startSchoolLink(options: SchoolLinkOptions): Promise<SchoolLink> {
  const target = new URL(options.target);
  const halfRtt = (options.rttMs ?? 0) / 2;
  const bytesPerMs = options.bitsPerSecond ? options.bitsPerSecond / 8 / 1000 : Number.POSITIVE_INFINITY;
  /** When the shared link is free again (ms, `performance.now()` clock). */
  let linkFreeAt = 0;
  let down = 0;
  const downByPath = new Map<string, number>();
  let refused = 0;
  let polling = 0;
  const delivered: { device: string; path: string; at: number }[] = [];
  const sockets = new Set<Socket>();

  const later = (ms: number) => new Promise<void>((done) => (ms > 0 ? setTimeout(done, ms) : done()));

  /** Waits for `bytes` to cross the shared link (FIFO), and counts them for `path`. */
  async function acrossLink(bytes: number, path: string): Promise<void> {
    const now = performance.now();
    const start = Math.max(now, linkFreeAt);
    linkFreeAt = start + bytes / bytesPerMs;
    await later(linkFreeAt - now);
    down += bytes;
    downByPath.set(path, (downByPath.get(path) ?? 0) + bytes);
  }

  /** A stream through the shared link, in pieces so that streams take turns. */
  function shaped(path: string): Transform {
    return new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        void (async () => {
          for (let offset = 0; offset < chunk.length; offset += pieceBytes) {
            const piece = chunk.subarray(offset, offset + pieceBytes);
            await acrossLink(piece.length, path);
            this.push(piece);
          }
          callback();
        })();
      },
    });
  }

  const headBytes = (response: IncomingMessage) =>
    `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length +
    response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 2);

  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if ((request.url ?? "").includes("transport=polling")) polling++;
    void later(halfRtt).then(() => {
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (answer) => {
          void later(halfRtt)
            .then(() => acrossLink(headBytes(answer), path))
            .then(() => {
              response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
              answer.pipe(shaped(path)).pipe(response);
              const device = request.headers["x-bench-device"];
              if (typeof device === "string")
                response.once("finish", () => delivered.push({ device, path, at: Date.now() }));
            });
          answer.on("error", () => response.destroy());
        },
      );
      upstream.on("error", () => response.destroy());
      request.pipe(upstream);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  server.on("upgrade", (request, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    if (options.refuseWebSocket) {
      refused++;
      socket.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      return;
    }
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const upstream = tcpConnect(Number(target.port), target.hostname, () => {
      let text = `${request.method} ${request.url} HTTP/1.1\r\n`;
      for (let i = 0; i < request.rawHeaders.length; i += 2)
        text += `${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}\r\n`;
      upstream.write(`${text}\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(shaped(path)).pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once("close", () => {
      sockets.delete(upstream);
      socket.destroy();
    });
    upstream.on("error", () => socket.destroy());
    socket.once("close", () => upstream.destroy());
  });

  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", () => listening()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesDown: () => down,
    bytesDownFor: (prefix) =>
      [...downByPath].reduce((sum, [path, bytes]) => (path.startsWith(prefix) ? sum + bytes : sum), 0),
    bytesDownByPath: () => new Map(downByPath),
    deliveries: () => [...delivered],
    refusedUpgrades: () => refused,
    pollingRequests: () => polling,
    resetCounters() {
      down = 0;
      downByPath.clear();
      refused = 0;
      polling = 0;
      delivered.length = 0;
    },
    close: () =>
      new Promise((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}
