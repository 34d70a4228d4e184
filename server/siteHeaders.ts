/**
 * The headers of the built site, in one place: the Content-Security-Policy that the build writes
 * in index.html's `<meta>` (vite.config.ts) and that the hub sends as a header, the other security
 * headers, and the cache rule of each folder. Node-free so that Vite's config can import it.
 */

/** Nothing leaves the origin. Only in the build: the dev server's hot reload needs an inline script. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // NOTE: the meshopt decoder is WebAssembly, which CSP treats as eval unless allowed.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // The hub is on the site's own origin: 'self' covers its HTTP and WebSocket connections.
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** What only a header can carry (a `<meta>` policy ignores `frame-ancestors`). */
export const headerContentSecurityPolicy = `${contentSecurityPolicy}; frame-ancestors 'self'`;

/** Sent with every answer of the hub, files, errors and health check alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "content-security-policy": headerContentSecurityPolicy,
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
};

/**
 * The cache rule of a file of the built site, by its path relative to the site's root (no leading
 * slash): hashed assets forever, models an hour (their names do not change), the rest revalidated.
 */
export function cacheControlOf(path: string): string {
  const relative = path.replace(/^\/+/, "");
  if (relative.startsWith("assets/")) return "public, max-age=31536000, immutable";
  if (relative.startsWith("models/")) return "public, max-age=3600";
  return "no-cache";
}
