/** The diploma levels a trade's training can lead to, from the shortest. No zod here: the catalogue's filters use it in the first view. */
export const diplomaLevels = ["CAP", "Bac", "Bac+2", "Bac+3", "Bac+5", "Certification"] as const;

export type DiplomaLevel = (typeof diplomaLevels)[number];
