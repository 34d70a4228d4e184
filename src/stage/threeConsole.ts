import { setConsoleFunction } from "three";

/**
 * three.js warnings that the stage cannot act on, dropped instead of printed. fiber's store makes a
 * `THREE.Clock` for every root (the early stage's, each canvas's), deprecated since three r183; the
 * app never reads that clock (frames go by `useFrame`'s delta).
 *
 * NOTE: not only noise. With an inspector attached (DevTools open, the bench's and the tests'
 * Playwright), a console message takes a stack trace: in a Chrome trace of a cold load with the CPU
 * slowed 4×, V8 then collected source positions over the whole 3D chunk (0.2 s on the page's
 * thread, on the way to the first frame). An A/B without the trace saw 0.04 s, within its noise
 * (bench/results.md, « Reading the floor figures »).
 */
const ignoredWarnings = ["THREE.Clock: This module has been deprecated"];

interface ThreeStackTrace {
  isStackTrace: true;
  getError(message: string): Error;
}

const isStackTrace = (value: unknown): value is ThreeStackTrace =>
  typeof value === "object" && value !== null && "isStackTrace" in value && value.isStackTrace === true;

/** Routes three.js's console messages: the ignored warnings dropped, every other one printed as three.js prints it. */
export function routeThreeConsole(): void {
  setConsoleFunction((type, message, ...params) => {
    if (type === "warn" && ignoredWarnings.some((ignored) => message.startsWith(ignored))) return;
    const [first] = params;
    if (isStackTrace(first)) console[type](first.getError(message));
    else console[type](message, ...params);
  });
}
