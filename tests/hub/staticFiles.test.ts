import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headerContentSecurityPolicy } from "../../server/siteHeaders";
import { type RunningHub, startHub } from "../../server/startHub";
import { type TestClient, testClient } from "./hubHelpers";

let root: string;
let hub: RunningHub;
const clients: TestClient[] = [];
/** Big enough that the hub is still reading it when the test cuts it (loopback buffers hold a few MB). */
const bigBytes = 24 * 1024 * 1024;

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
  writeFileSync(join(root, ".env"), "SECRET=1");
  writeFileSync(join(root, "models/removed.glb"), Buffer.alloc(bigBytes, 7));
  writeFileSync(join(root, "models/cut.glb"), Buffer.alloc(bigBytes, 7));
  hub = await startHub({ host: "127.0.0.1", staticDir: root, log: () => {} });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await hub.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the built site served by the hub", () => {
  it("serves index.html with the security headers, the CSP read from the build", async () => {
    const response = await fetch(`${hub.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(headerContentSecurityPolicy);
    expect(headerContentSecurityPolicy).toContain("default-src 'self'");
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

  it("never serves dotfiles", async () => {
    expect((await fetch(`${hub.url}/.env`)).status).toBe(404);
  });

  it("answers a byte range with 206, and the whole file when the range is not a plain one", async () => {
    const part = await fetch(`${hub.url}/models/usine.glb`, { headers: { range: "bytes=1-3" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 1-3/8");
    expect(await part.text()).toBe("lTF");
    const open = await fetch(`${hub.url}/models/usine.glb`, { headers: { range: "bytes=4-" } });
    expect(await open.text()).toBe("....");
    for (const range of ["bytes=-3", "bytes=5-2", "bytes=0-1,4-5", "pages=1-2"]) {
      const whole = await fetch(`${hub.url}/models/usine.glb`, { headers: { range } });
      expect(whole.status, range).toBe(200);
      expect(await whole.text(), range).toBe("glTF....");
    }
  });
});

describe("a hub started before the site is built", () => {
  it("answers 404 for files and still runs classes", async () => {
    const bare = await startHub({ host: "127.0.0.1", staticDir: join(root, "not-built"), log: () => {} });
    try {
      expect((await fetch(`${bare.url}/`)).status).toBe(404);
      expect((await fetch(`${bare.url}/api/classe/health`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});

/** Reads one file raw, calling `meanwhile` once its headers came; how many bytes came and how it ended. */
function readRaw(path: string, meanwhile: () => void) {
  return new Promise<{ status: number; promised: number; received: number; whole: boolean }>((done) => {
    let status = 0;
    let promised = 0;
    let received = 0;
    const finish = (whole: boolean) => done({ status, promised, received, whole });
    request(
      { host: "127.0.0.1", port: hub.port, path, headers: { "accept-encoding": "identity" } },
      (response) => {
        status = response.statusCode ?? 0;
        promised = Number(response.headers["content-length"]);
        response.pause();
        meanwhile();
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
        });
        response.on("end", () => finish(true));
        response.on("error", () => finish(false));
        response.on("aborted", () => finish(false));
        setTimeout(() => response.resume(), 50);
      },
    )
      .on("error", () => finish(false))
      .end();
  });
}

describe("a file that changes while the hub serves it", () => {
  async function stillServing() {
    const page = await fetch(`${hub.url}/`);
    expect(page.status).toBe(200);
    const teacher = testClient(hub.url);
    clients.push(teacher);
    const created = await teacher.hub.request("class:create", { tour: "decouverte-industries-provence" });
    expect(created.ok).toBe(true);
  }

  it("cuts the answer of a file removed since the start, and the hub serves on, live classes included", async () => {
    rmSync(join(root, "models/removed.glb"));
    const answer = await readRaw("/models/removed.glb", () => {});
    expect(answer.received).toBeLessThan(bigBytes);
    expect(answer.whole && answer.status === 200 && answer.received === answer.promised).toBe(false);
    await stillServing();
  });

  it("cuts the answer of a file truncated mid-answer instead of leaving the browser waiting", async () => {
    // Else the hub would close the idle connection after its 5 s and end the wait anyway.
    const server = hub.io.httpServer as import("node:http").Server;
    server.keepAliveTimeout = 10 * 60_000;
    const answer = await readRaw("/models/cut.glb", () => truncateSync(join(root, "models/cut.glb"), 1000));
    expect(answer.status).toBe(200);
    expect(answer.promised).toBe(bigBytes);
    expect(answer.received).toBeLessThan(bigBytes);
    expect(answer.whole).toBe(false);
    await stillServing();
  });
});
