import { describe, expect, it } from "vitest";
import { draftGaps, emptyDraft } from "../src/editor/draft";
import { editorText } from "../src/editor/editorMessage";
import {
  budgetHints,
  checkImportFiles,
  type ModelBudget,
  ModelImportError,
} from "../src/editor/modelDocument";

/**
 * The editor's pipeline says its messages in the page's language (issue 27: they were written in
 * French in `modelDocument.ts` and `draft.ts`): the same overrun, gap or refusal in French and in
 * English, the English with no French word.
 */

/** Words that only French has, and the French marks; none may show in an English message. */
const frenchMarks =
  /[«»àâçéèêîôûœ]|\b(le|la|les|des|du|une|est|pas|avec|pour|dans|choisissez|votre|modèle|atelier)\b/i;

const overBudget: ModelBudget = {
  bytes: 3 * 1024 * 1024,
  drawCalls: 400,
  triangles: 500_000,
  workshops: [{ id: "presses", name: "Presses", drawCalls: 400, triangles: 500_000 }],
  textures: [{ name: "t", mimeType: "image/png", width: 4096, height: 4096, bytes: 1 }],
};

describe("the editor's messages", () => {
  it("gives every budget hint in French and in English", () => {
    const french = budgetHints(overBudget).map((h) => h.message);
    const english = budgetHints(overBudget, "en").map((h) => h.message);
    expect(french).toHaveLength(4);
    expect(english).toHaveLength(4);
    expect(french[0]).toMatch(
      /^Ce modèle a 1 texture de 4\s096\u00a0px\u00a0: Optimiser la réduira à 2\s048\u00a0px en WebP\.$/,
    );
    expect(english[0]).toBe(
      "This model has 1 texture of 4,096 px: Optimise will reduce it to 2,048 px in WebP.",
    );
    expect(english[1]).toMatch(/^The file weighs 3 MB \(1\.5 MB at most/);
    expect(english[2]).toMatch(/^The workshop “Presses” needs 400 draw calls \(150 at most/);
    for (const message of english) expect(message).not.toMatch(frenchMarks);
  });

  it("lists an empty draft's gaps in English as in French", () => {
    const french = draftGaps(emptyDraft("usine.glb")).map((g) => g.message);
    const english = draftGaps(emptyDraft("usine.glb"), "en").map((g) => g.message);
    expect(english).toHaveLength(french.length);
    expect(french).toContain("Entreprise, le nom\u00a0: à compléter (trop court ou vide)");
    expect(english).toContain("Company, the name: to complete (too short or empty)");
    expect(english).toContain("Ecological transition: choose a theme and tell it");
    for (const message of english) expect(message).not.toMatch(frenchMarks);
  });

  it("refuses a file with a message of the dictionary, French as its text and English on demand", () => {
    let refused: unknown;
    try {
      checkImportFiles([{ name: "plan.pdf", size: 10 }]);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ModelImportError);
    const { text, message } = refused as ModelImportError;
    expect(message).toMatch(/^«\u00a0plan\.pdf\u00a0» n’est pas un modèle glTF/);
    expect(editorText("en", text)).toMatch(/^“plan\.pdf” is not a glTF model/);
    expect(() => checkImportFiles([{ name: "énorme.glb", size: 300 * 1024 * 1024 }])).toThrow(/pèse 300\sMo/);
  });
});
