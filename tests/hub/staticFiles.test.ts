import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningHub, startHub } from "../../server/startHub";

let root: string;
let hub: RunningHub;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "usine-static-"));
  mkdirSync(join(root, "assets"));
  mkdirSync(join(root, "models"));
  writeFileSync(
    join(root, "index.html"),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'"></head><body></body></html>`,
  );
  writeFileSync(join(root, "assets/app-1234.js"), "console.log('app');".repeat(100));
  writeFileSync(join(root, "assets/app-1234.js.gz"), gzipSync("console.log('app');".repeat(100)));
  writeFileSync(join(root, "models/usine.glb"), Buffer.from("glTF...."));
  writeFileSync(join(root, "manifest.webmanifest"), "{}");
  writeFileSync(join(root, "decoder.wasm"), Buffer.from([0, 97, 115, 109]));
  hub = await startHub({ host: "127.0.0.1", staticDir: root, log: () => {} });
});

afterAll(async () => {
  await hub.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the built site served by the hub", () => {
  it("serves index.html with the security headers, the CSP read from the build", async () => {
    const response = await fetch(`${hub.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'self'; object-src 'none'; frame-ancestors 'self'",
    );
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("gives each kind of file its MIME type and cache rule", async () => {
    const expected = [
      ["/models/usine.glb", "model/gltf-binary", "public, max-age=3600"],
      ["/manifest.webmanifest", "application/manifest+json", "no-cache"],
      ["/decoder.wasm", "application/wasm", "no-cache"],
      ["/assets/app-1234.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
    ];
    for (const [path, type, cache] of expected) {
      const response = await fetch(`${hub.url}${path}`, { headers: { "accept-encoding": "identity" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe(type);
      expect(response.headers.get("cache-control"), path).toBe(cache);
    }
  });

  it("sends the precompressed copy when the browser accepts it, and 304 when unchanged", async () => {
    const { request } = await import("node:http");
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown> }>((done, failed) => {
        request(`${hub.url}/assets/app-1234.js`, { headers }, (response) => {
          response.resume();
          done({ status: response.statusCode ?? 0, headers: response.headers });
        })
          .on("error", failed)
          .end();
      });
    const compressed = await get({ "accept-encoding": "gzip, br" });
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    expect(compressed.headers.vary).toBe("Accept-Encoding");
    const again = await get({
      "accept-encoding": "gzip, br",
      "if-none-match": String(compressed.headers.etag),
    });
    expect(again.status).toBe(304);
    const plain = await get({});
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("refuses paths outside the site and answers 404 for missing files", async () => {
    expect((await fetch(`${hub.url}/nothing-here.js`)).status).toBe(404);
    const { request } = await import("node:http");
    // Sent raw: fetch would resolve the dots itself.
    for (const path of [
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/assets/..%2f..%2f..%2fetc%2fpasswd",
    ]) {
      const status = await new Promise<number>((done, failed) => {
        request({ host: "127.0.0.1", port: hub.port, path }, (response) => {
          response.resume();
          done(response.statusCode ?? 0);
        })
          .on("error", failed)
          .end();
      });
      expect([403, 404], path).toContain(status);
    }
    expect((await fetch(`${hub.url}/`, { method: "POST" })).status).toBe(405);
  });
});
