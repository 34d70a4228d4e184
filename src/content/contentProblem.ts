/** One thing wrong in the content pack, located by file and JSON path (e.g. `$[2].workshops[0].id`). */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** `$[2].workshops[0]` from `[2, "workshops", 0]`. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    return `${path}.${String(segment)}`;
  }, "$");
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} ${problem.path} : ${problem.message}`;
}
