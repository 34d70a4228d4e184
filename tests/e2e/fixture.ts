import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser, openWatchedPage, type PageWatch } from "./browser";

export interface BrowserSessionOptions {
  /** Extra Chromium flags (e.g. `--disable-webgl`). */
  launchArgs?: string[];
  /** Options of every context the session opens, unless a call overrides them. */
  contextDefaults?: BrowserContextOptions;
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  watch: PageWatch;
}

/** One browser for a test file (or a describe block), and the contexts and pages of each test. */
export interface BrowserSession {
  readonly browser: Browser;
  /** A new context, closed after the test; every page opened in it through `openPage` is watched. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /**
   * A watched page: in `context` if given, else in a new context. After the test, the session
   * fails it if any watched page logged a console error, threw, or requested another origin.
   */
  openPage(options?: {
    context?: BrowserContext;
    contextOptions?: BrowserContextOptions;
    /** Console errors that this page is expected to log (e.g. a 404 the test provokes). */
    ignoreConsole?: RegExp;
  }): Promise<WatchedPage>;
}

/**
 * The shared fixture of the browser tests: registers the hooks that launch Chromium once, close
 * each test's contexts, and check every watched page for console errors and off-origin requests
 * in teardown — so no test file can forget to.
 */
export function browserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let watches: { watch: PageWatch; url: () => string }[] = [];

  beforeAll(async () => {
    browser = await launchBrowser(options.launchArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const problems = watches.flatMap(({ watch, url }) => [
      ...watch.consoleErrors.map((text) => `console error on ${url()}: ${text}`),
      ...watch.offOriginRequests.map((request) => `request off the site's origin from ${url()}: ${request}`),
    ]);
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    watches = [];
    if (problems.length > 0) throw new Error(problems.join("\n"));
  });

  const session: BrowserSession = {
    get browser() {
      if (!browser) throw new Error("the browser is not launched yet (use the session inside a test)");
      return browser;
    },
    async newContext(contextOptions) {
      const context = await session.browser.newContext({ ...options.contextDefaults, ...contextOptions });
      contexts.push(context);
      return context;
    },
    async openPage({ context, contextOptions, ignoreConsole } = {}) {
      const target = context ?? (await session.newContext(contextOptions));
      const { page, watch } = await openWatchedPage(target, ignoreConsole ? { ignoreConsole } : {});
      watches.push({ watch, url: () => (page.isClosed() ? "(closed page)" : page.url()) });
      return { page, context: target, watch };
    },
  };
  return session;
}
