/** Splits text around key phrases so they can be highlighted (or hidden, for cloze cards). */
import { escapeHtml } from './search/excerpt';
export interface Part {
  text: string;
  phrase: boolean;
}

export function splitByPhrases(text: string, phrases: readonly string[]): Part[] {
  const parts: Part[] = [];
  let rest = text;
  while (rest.length > 0) {
    let best: { index: number; phrase: string } | undefined;
    for (const phrase of phrases) {
      if (!phrase) continue;
      const index = rest.indexOf(phrase);
      if (index >= 0 && (!best || index < best.index || (index === best.index && phrase.length > best.phrase.length)))
        best = { index, phrase };
    }
    if (!best) {
      parts.push({ text: rest, phrase: false });
      break;
    }
    if (best.index > 0) parts.push({ text: rest.slice(0, best.index), phrase: false });
    parts.push({ text: best.phrase, phrase: true });
    rest = rest.slice(best.index + best.phrase.length);
  }
  return parts;
}

/** `text` as HTML with its key phrases in <mark class="key-phrase"> (escaped; for the pending renderer). */
export function keyPhraseHtml(text: string, phrases: readonly string[], title?: string): string {
  const attr = title ? ` title="${escapeHtml(title)}"` : '';
  return splitByPhrases(text, phrases)
    .map((part) => (part.phrase ? `<mark class="key-phrase"${attr}>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)))
    .join('');
}
