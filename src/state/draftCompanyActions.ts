import { withDraftCompany } from "../content/contentIndex";
import type { Company } from "../content/schema";
import { contentLoaded, navigate } from "./actions";
import { appStore } from "./appStore";

/**
 * Shows a factory editor's draft as visitors will see it: the company joins the loaded pack (in
 * this browser only, marked as a draft), its `model` a `blob:` URL of the draft's bytes, and the
 * visitor goes to its entrance. Returns false when the pack is not loaded yet.
 */
export function previewDraftCompany(company: Company): boolean {
  const state = appStore.getState().content;
  if (state.status !== "ready") return false;
  contentLoaded(withDraftCompany(state.content, company));
  navigate({ view: "company", company: company.id });
  return true;
}
