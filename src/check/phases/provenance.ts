/**
 * Phase 7, provenance: every figure stated as rule rests on a cited source or carries the pending
 * mark :pending[…]; marks are spelt right and closed; 常见问法 are not shared between pages.
 */
import { publishedAt } from '../../lib/content-urls';
import { lineAt, normalizeFigure, scanMarks, unmarkedFigures } from '../../lib/pending';
import { allParsed, parsedOf, rawAt, type Entry, type ParsedEntry } from '../entries';
import { fieldPath, type Problem, type Severity } from '../problem';

/**
 * How an unsourced figure is reported. A warning while the bundled content is brought in line
 * (issue 10); switch to 'error' here to make it fail the check.
 */
export const FIGURE_SEVERITY: Severity = 'warning';

/** Collections whose text states rules. Cases are fictional teaching examples: their figures are the story's. */
const RULE_COLLECTIONS = new Set<string>(['handbook', 'chapters', 'scripts', 'forms', 'glossary']);

/**
 * YAML text fields that state rules, as paths into the data as written (so a problem names the
 * field the author typed: lines[2].rep for the shorthand `- rep: …`).
 */
function yamlTexts(entry: Entry): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = [];
  const add = (path: (string | number)[]) => {
    const value = rawAt(entry.data, ...path);
    if (typeof value === 'string') out.push({ path, text: value });
  };
  if (entry.collection === 'scripts') {
    // The rep's words are what reps learn by heart; what customers say is theirs, not a rule.
    for (const field of ['keyPoints', 'pitfalls'] as const) {
      const list = rawAt(entry.data, field);
      if (Array.isArray(list)) list.forEach((_, index) => add([field, index]));
    }
    const lines = rawAt(entry.data, 'lines');
    if (Array.isArray(lines)) {
      lines.forEach((_, index) => {
        if (rawAt(lines, index, 'rep') !== undefined) add(['lines', index, 'rep']);
        else if (rawAt(lines, index, 'speaker') === 'rep') add(['lines', index, 'text']);
      });
    }
  }
  if (entry.collection === 'glossary') add(['definition']);
  return out;
}

/** The sources an entry cites, when its collection can cite any. */
function citedSources(entry: ParsedEntry): string[] | undefined {
  return 'sources' in entry.parsed ? entry.parsed.sources.map((citation) => citation.source.id) : undefined;
}

/**
 * Figures outside pending marks that no cited source states, and malformed marks.
 * `severity` is how an unsourced figure is reported (FIGURE_SEVERITY in the check).
 */
export function provenanceProblems(entries: readonly Entry[], severity: Severity = 'error'): Problem[] {
  const problems: Problem[] = [];
  const figuresOf = new Map<string, Set<string>>();
  for (const source of parsedOf(entries, 'sources')) {
    figuresOf.set(source.id, new Set(source.parsed.binding ? source.parsed.figures.map(normalizeFigure) : []));
  }

  // An entry that failed its schema is reported as such; its figures are checked once it parses.
  for (const entry of allParsed(entries)) {
    if (!RULE_COLLECTIONS.has(entry.collection)) continue;
    const sources = citedSources(entry);
    const allowed = new Set((sources ?? []).flatMap((id) => [...(figuresOf.get(id) ?? [])]));
    const cites = sources !== undefined && allowed.size > 0;
    const texts: { field: string; line: (offset: number) => number; text: string }[] = [];
    if (entry.body) texts.push({ field: 'body', text: entry.body, line: (offset) => entry.bodyLine + lineAt(entry.body, offset) - 1 });
    for (const { path, text } of yamlTexts(entry)) {
      texts.push({ field: fieldPath(path), text, line: () => entry.lineOf(path) });
    }
    for (const { field, text, line } of texts) {
      const { problems: marks } = scanMarks(text);
      for (const mark of marks)
        problems.push({ file: entry.file, line: line(mark.offset), field, message: mark.message, severity: 'error', kind: 'pending' });
      const seen = new Set<string>();
      for (const figure of unmarkedFigures(text)) {
        const normal = normalizeFigure(figure.text);
        if (allowed.has(normal) || seen.has(normal)) continue;
        seen.add(normal);
        const why = cites ? '所引来源（sources）都没有写这个数' : '本条没有引用写明这个数的来源（sources）';
        problems.push({
          file: entry.file,
          line: line(figure.offset),
          field,
          severity,
          kind: 'pending',
          message: `“${figure.text}”${why}；请用 :pending[…] 把这条规则标为待确认，或在 sources 中引用写明它的来源文件`,
        });
      }
    }
  }
  return problems;
}

/** 常见问法 compared without spaces and punctuation. */
function questionKey(question: string): string {
  return question.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The same 常见问法 on two pages splits its search weight; each belongs on the page that answers it. */
export function questionProblems(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, string>();
  // Collections with 常见问法 (a quiz's `questions` are its quiz questions), in the order pages are read.
  const asked = allParsed(entries).filter(
    (entry): entry is ParsedEntry<'handbook' | 'scripts' | 'forms'> =>
      entry.collection === 'handbook' || entry.collection === 'scripts' || entry.collection === 'forms',
  );
  for (const entry of asked) {
    const url = publishedAt(entry.path)?.url ?? entry.file;
    entry.parsed.questions.forEach((question, index) => {
      const key = questionKey(question);
      const other = first.get(key);
      if (other && other !== url) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(['questions', index]),
          field: `questions[${index}]`,
          severity: 'error',
          kind: 'duplicate',
          message: `常见问法“${question}”已写在 ${other}；同一个问法只放在最能回答它的那一页`,
        });
      } else first.set(key, url);
    });
  }
  return problems;
}
