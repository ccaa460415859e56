/**
 * Quizzes stay true to their sections: a quiz records, in `reviewedAgainst`, the version of each
 * source section its questions were checked against. A section revised past that version makes
 * the quiz stale until someone re-reads the questions and raises the number. A section missing
 * from `reviewedAgainst` counts as reviewed against version 1 (the quiz predates any revision).
 */

export interface QuizLike {
  data: {
    sections: { id: string }[];
    questions?: { section: { id: string } }[];
    reviewedAgainst: Record<string, number>;
  };
}

export interface SectionVersion {
  id: string;
  data: { title: string; version: number };
}

export interface StaleSection {
  id: string;
  title: string;
  /** The version the quiz was reviewed against. */
  reviewed: number;
  /** The section's version now. */
  current: number;
}

/** The quiz's source sections that have moved past the version it was reviewed against. */
export function staleSections(quiz: QuizLike, sections: Iterable<SectionVersion> | Map<string, SectionVersion>): StaleSection[] {
  const byId = sections instanceof Map ? sections : new Map([...sections].map((section) => [section.id, section]));
  const ids = [...new Set([...quiz.data.sections.map((ref) => ref.id), ...(quiz.data.questions ?? []).map((q) => q.section.id)])];
  return ids.flatMap((id) => {
    const section = byId.get(id);
    if (!section) return [];
    const reviewed = quiz.data.reviewedAgainst[id] ?? 1;
    return section.data.version > reviewed ? [{ id, title: section.data.title, reviewed, current: section.data.version }] : [];
  });
}
