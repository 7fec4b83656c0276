/**
 * How well the engine names a text's language: per labelled language, the share of rows it
 * identified as that language and what it said instead. Rows without a language label are left out.
 */
export interface LanguageIdentificationRow {
  /** The language the row is labelled with. */
  language: string;
  rows: number;
  correct: number;
  share: number | null;
  /** What the engine said for the other rows, most frequent first. */
  confusions: { language: string; rows: number }[];
}

export function languageIdentification(
  items: readonly { labelled: string | undefined; identified: string }[],
): LanguageIdentificationRow[] {
  const byLanguage = new Map<string, Map<string, number>>();
  for (const { labelled, identified } of items) {
    if (labelled === undefined) continue;
    const counts = byLanguage.get(labelled) ?? new Map<string, number>();
    counts.set(identified, (counts.get(identified) ?? 0) + 1);
    byLanguage.set(labelled, counts);
  }
  return [...byLanguage.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, counts]) => {
      const rows = [...counts.values()].reduce((sum, n) => sum + n, 0);
      const correct = counts.get(language) ?? 0;
      const confusions = [...counts.entries()]
        .filter(([identified]) => identified !== language)
        .map(([identified, n]) => ({ language: identified, rows: n }))
        .sort((a, b) => b.rows - a.rows || a.language.localeCompare(b.language));
      return { language, rows, correct, share: rows === 0 ? null : correct / rows, confusions };
    });
}
