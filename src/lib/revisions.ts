/** The revision table of a section, script or case, newest first, with the first version implied. */

export interface Change {
  version: number;
  date: string;
  summary: string;
}

export interface Revisable {
  version: number;
  effective: string;
  changes: Change[];
}

/** Every version with its date and summary; version 1 is "首次发布" when the author did not list it. */
export function revisionHistory(data: Revisable, firstSummary: string): Change[] {
  const rows = [...data.changes];
  if (!rows.some((row) => row.version === 1)) {
    const firstDate = data.version === 1 ? data.effective : '';
    rows.push({ version: 1, date: firstDate, summary: firstSummary });
  }
  return rows.sort((a, b) => b.version - a.version);
}
