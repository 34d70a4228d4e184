/** Lower case, no accents, no inclusive-writing dots: "Soudeur·se" → "soudeurse", "Électricité" → "electricite". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[·•.]/g, "")
    .toLowerCase();
}

/** True when every word of the query is found in one of the texts (accent- and case-insensitive). */
export function matchesQuery(query: string, texts: ReadonlyArray<string>): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(texts.join(" "));
  return words.every((word) => haystack.includes(word));
}
