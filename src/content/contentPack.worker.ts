/**
 * Validates the content pack off the main thread: the page hands over the files' texts, this
 * worker parses and checks them (zod schemas, references) and answers with the validation's
 * outcome (see `validateContent.ts`).
 */
import { checkContentTexts } from "./checkContentTexts";
import type { ContentTexts } from "./contentFileNames";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ContentTexts>) => void) | null;
  postMessage: (message: unknown) => void;
};
scope.onmessage = (event) => {
  const validation = checkContentTexts(event.data);
  scope.postMessage(validation.ok ? { ok: true } : validation);
};
