/**
 * Provenance rules: every figure stated as rule rests on a cited source or carries the pending
 * mark :pending[…]; marks are spelt right and closed; 常见问法 are not shared between pages.
 */
import { lineAt, normalizeFigure, scanMarks, unmarkedFigures } from '../lib/pending';
import { publishedAt } from '../lib/content-urls';
import type { Problem } from './problem';
import { fieldPath } from './problem';
import type { RawEntry } from './load';

interface Checked extends RawEntry {
  parsed?: unknown;
}

/** Collections whose text states rules. Cases are fictional teaching examples: their figures are the story's. */
const RULE_COLLECTIONS = new Set(['handbook', 'chapters', 'scripts', 'forms', 'glossary']);

/** YAML text fields that state rules, per collection, as paths into the raw data. */
function yamlTexts(entry: Checked): { path: (string | number)[]; text: string }[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const out: { path: (string | number)[]; text: string }[] = [];
  const add = (path: (string | number)[], value: unknown) => {
    if (typeof value === 'string') out.push({ path, text: value });
  };
  if (entry.collection === 'scripts') {
    // The rep's words are what reps learn by heart; what customers say is theirs, not a rule.
    for (const field of ['keyPoints', 'pitfalls'] as const) {
      if (Array.isArray(data[field])) (data[field] as unknown[]).forEach((text, index) => add([field, index], text));
    }
    if (Array.isArray(data.lines)) {
      (data.lines as unknown[]).forEach((line, index) => {
        if (!line || typeof line !== 'object') return;
        const { speaker, text, rep } = line as { speaker?: string; text?: unknown; rep?: unknown };
        if (rep !== undefined) add(['lines', index, 'rep'], rep);
        else if (speaker === 'rep') add(['lines', index, 'text'], text);
      });
    }
  }
  if (entry.collection === 'glossary') add(['definition'], data.definition);
  return out;
}

function citedFigures(entry: Checked, figuresOf: Map<string, Set<string>>): Set<string> {
  const sources = ((entry.parsed as { sources?: { source: { id: string } }[] } | undefined)?.sources ?? []).map((c) => c.source.id);
  const figures = new Set<string>();
  for (const id of sources) for (const figure of figuresOf.get(id) ?? []) figures.add(figure);
  return figures;
}

/**
 * Figures outside pending marks that no cited source states, and malformed marks.
 * `severity` lets the rule be introduced as a warning while content catches up.
 */
export function provenanceProblems(entries: Checked[], severity: Problem['severity'] = 'error'): Problem[] {
  const problems: Problem[] = [];
  const figuresOf = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.collection !== 'sources' || !entry.parsed) continue;
    const source = entry.parsed as { figures: string[]; binding: boolean };
    figuresOf.set(entry.id, new Set(source.binding ? source.figures.map(normalizeFigure) : []));
  }

  for (const entry of entries) {
    // An entry that failed its schema is reported as such; its figures are checked once it parses.
    if (!RULE_COLLECTIONS.has(entry.collection) || !entry.parsed) continue;
    const allowed = citedFigures(entry, figuresOf);
    const cites = 'sources' in ((entry.parsed as object | undefined) ?? {}) && allowed.size > 0;
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

/** Collections with 常见问法 (a quiz's `questions` are its quiz questions). */
const QUESTION_COLLECTIONS = new Set(['handbook', 'scripts', 'forms']);

/** 常见问法 compared without spaces and punctuation. */
function questionKey(question: string): string {
  return question.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The same 常见问法 on two pages splits its search weight; each belongs on the page that answers it. */
export function questionProblems(entries: Checked[], contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, string>();
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  for (const entry of entries) {
    if (!QUESTION_COLLECTIONS.has(entry.collection)) continue;
    const list = (entry.parsed as { questions?: string[] } | undefined)?.questions;
    if (!list?.length) continue;
    const url = publishedAt(entry.file.slice(dir.length + 1))?.url ?? entry.file;
    list.forEach((question, index) => {
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
