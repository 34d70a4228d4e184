import { statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname } from "node:path";
import type { Readable } from "node:stream";
import sirv from "sirv";
import { cacheControlOf, securityHeaders } from "./siteHeaders";

/**
 * Serves the built site (`dist/`) as the README's "Héberger le site" asks, on `sirv`: the files
 * are listed once at start (no synchronous file call while serving), precompressed `.br`/`.gz`
 * copies sent to browsers that take them (`scripts/compressDist.ts` writes them), byte ranges,
 * no dotfiles, the security headers and the cache rule of each folder (`siteHeaders.ts`).
 * A file removed or cut short while it is sent ends that one answer, never the hub.
 */

/** sirv's types are right but without a charset; a few it does not know. */
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".ico": "image/x-icon",
};

export type StaticHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** One plain range (`bytes=10-`, `bytes=10-20`) is served; any other is ignored (a whole answer, as HTTP allows). */
function keepPlainRange(request: IncomingMessage): void {
  const range = request.headers.range;
  if (range === undefined) return;
  const plain = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range.trim());
  const start = Number(plain?.[1]);
  const end = plain?.[2] ? Number(plain[2]) : Number.POSITIVE_INFINITY;
  if (!plain || start > end) delete request.headers.range;
}

/**
 * sirv pipes the file into the answer with no error handler: a file removed since the start would
 * throw on the event loop, and one cut short would leave the browser waiting for the bytes the
 * length promised. Every stream piped into the answer is watched here and the answer cut cleanly.
 */
function guardPipedFiles(response: ServerResponse): void {
  response.once("pipe", (source: Readable) => {
    const promised = Number(response.getHeader("content-length"));
    let sent = 0;
    source.on("data", (chunk: Buffer) => {
      sent += chunk.length;
    });
    source.on("error", () => response.destroy());
    // Before pipe's own listener, which would end the answer as if it were whole.
    source.prependListener("end", () => {
      if (Number.isFinite(promised) && sent !== promised) response.destroy();
    });
    response.once("close", () => source.destroy());
  });
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Introuvable");
}

/** Serves the files of `rootDir` as they are now; a missing folder (no build yet) answers 404 to all. */
export function staticFiles(rootDir: string): StaticHandler {
  // At start only: the hub starts without a build (`npm start` warns), as it always has.
  const built = statSync(rootDir, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const serve = built
    ? sirv(rootDir, {
        etag: true,
        gzip: true,
        brotli: true,
        dotfiles: false,
        single: false,
        setHeaders(response, pathname) {
          response.setHeader("cache-control", cacheControlOf(pathname));
          response.setHeader("accept-ranges", "bytes");
          // A path with no extension is a folder's index.html or `name.html` (sirv tries no other).
          const type = contentTypes[extname(pathname).toLowerCase() || ".html"];
          if (type) response.setHeader("content-type", type);
        },
        onNoMatch: (_request, response) => notFound(response),
      })
    : (_request: IncomingMessage, response: ServerResponse) => notFound(response);

  return (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    keepPlainRange(request);
    guardPipedFiles(response);
    serve(request, response);
  };
}
