import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

/**
 * Serves the built site (`dist/`) as the README's "Héberger le site" asks: right MIME types,
 * the security headers, cache rules per folder, and the precompressed `.br`/`.gz` copies.
 */

const mimeTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".glb": "model/gltf-binary",
  ".gltf": "model/gltf+json",
  ".bin": "application/octet-stream",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ktx2": "image/ktx2",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** The policy the build puts in index.html's `<meta>`, used when the file has none. */
const fallbackPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self' data: blob:; worker-src 'self' blob:; font-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";

/** Reads the CSP from the built index.html, and adds what only a header can carry. */
export function contentSecurityPolicyOf(root: string): string {
  const index = join(root, "index.html");
  const html = existsSync(index) ? readFileSync(index, "utf8") : "";
  const meta = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html);
  // NOTE: Vite writes the attribute with HTML entities (`&#39;self&#39;`); a header wants the text.
  const policy = meta?.[1]
    ?.replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  // The hub is on the site's own origin: 'self' covers its HTTP and WebSocket connections.
  return `${policy ?? fallbackPolicy}; frame-ancestors 'self'`;
}

export function securityHeaders(policy: string): Record<string, string> {
  return {
    "content-security-policy": policy,
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
  };
}

function cacheControlOf(path: string): string {
  if (path.startsWith("assets/")) return "public, max-age=31536000, immutable";
  if (path.startsWith("models/")) return "public, max-age=3600";
  return "no-cache";
}

export type StaticHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function staticFiles(rootDir: string): StaticHandler {
  const root = resolve(rootDir);
  const headers = securityHeaders(contentSecurityPolicyOf(root));

  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD", ...headers }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...headers }).end("Introuvable");
      return;
    }
    const relative = file
      .slice(root.length + 1)
      .split(sep)
      .join("/");
    const accepted = String(request.headers["accept-encoding"] ?? "");
    let served = file;
    let encoding: string | null = null;
    for (const [token, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ] as const) {
      if (new RegExp(`\\b${token}\\b`).test(accepted) && existsSync(file + suffix)) {
        served = file + suffix;
        encoding = token;
        break;
      }
    }
    const stat = statSync(served);
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ""}"`;
    const head: Record<string, string | number> = {
      ...headers,
      "content-type": mimeTypes[extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": cacheControlOf(relative),
      etag,
      vary: "Accept-Encoding",
    };
    if (encoding) head["content-encoding"] = encoding;
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, head).end();
      return;
    }
    head["content-length"] = stat.size;
    response.writeHead(200, head);
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(served).pipe(response);
  };
}
