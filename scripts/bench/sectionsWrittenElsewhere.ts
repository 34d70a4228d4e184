/**
 * The sections `npm run bench` writes (the start of their titles). Every other section of the results
 * file is kept as it is when that bench rewrites its own, in its order, after them: the reading of
 * the floor figures (written by hand) and what the other benches write (`bench:classe`,
 * `bench:reseau`, `bench:defi`, `bench:modeles`) or what is written by hand beside them.
 */
const sectionsWrittenByTheBench = [
  "## First-load JavaScript",
  "## Bytes per company model",
  "## Time from navigation to a drawn workshop",
  "## Against the floor",
  "## Where the app's extra time goes",
  "## Frame time while walking",
  "## Town: cold",
  "## Draw calls and triangles",
  "## Memory",
  "## Idle frame loop",
];

export function sectionsWrittenElsewhere(text: string): string[] {
  const sections = text.split(/\n(?=## )/).slice(1);
  return sections
    .filter((section) => !sectionsWrittenByTheBench.some((title) => section.startsWith(title)))
    .flatMap((section) => ["", section.trimEnd()]);
}
