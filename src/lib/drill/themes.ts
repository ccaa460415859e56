/** Weekly drill themes: which scripts a theme leans to, and which theme applies on a date. */

export interface ThemeInput {
  id: string;
  title: string;
  from: string;
  to: string;
  stage?: string;
  tags: string[];
  /** Script ids picked by hand. */
  scripts: string[];
  note?: string;
}

export interface ScriptFacets {
  id: string;
  stage: string;
  tags: string[];
}

/** A theme with the scripts it leans to resolved (what the browser needs). */
export interface DrillTheme {
  id: string;
  title: string;
  from: string;
  to: string;
  note?: string;
  /** Matching script ids, sorted. */
  scripts: string[];
}

/** Scripts a theme names by hand, plus those of its stage carrying any of its tags. */
export function themeScripts(theme: Pick<ThemeInput, 'stage' | 'tags' | 'scripts'>, scripts: readonly ScriptFacets[]): string[] {
  const known = new Set(scripts.map((script) => script.id));
  const chosen = new Set(theme.scripts.filter((id) => known.has(id)));
  if (theme.stage || theme.tags.length > 0) {
    for (const script of scripts) {
      const stageOk = !theme.stage || script.stage === theme.stage;
      const tagsOk = theme.tags.length === 0 || script.tags.some((tag) => theme.tags.includes(tag));
      if (stageOk && tagsOk) chosen.add(script.id);
    }
  }
  return [...chosen].sort();
}

export function resolveThemes(themes: readonly ThemeInput[], scripts: readonly ScriptFacets[]): DrillTheme[] {
  return themes
    .map((theme) => ({
      id: theme.id,
      title: theme.title,
      from: theme.from,
      to: theme.to,
      ...(theme.note ? { note: theme.note } : {}),
      scripts: themeScripts(theme, scripts),
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));
}

/** The theme of a date: the first (by start date) covering it. */
export function themeOn<T extends { from: string; to: string }>(themes: readonly T[], date: string): T | undefined {
  return themes.find((theme) => theme.from <= date && date <= theme.to);
}

/** Pairs of themes whose date ranges overlap (the content check reports them). */
export function overlappingThemes<T extends { id: string; from: string; to: string }>(themes: readonly T[]): [T, T][] {
  const sorted = [...themes].sort((a, b) => a.from.localeCompare(b.from));
  const pairs: [T, T][] = [];
  sorted.forEach((theme, i) => {
    for (const other of sorted.slice(i + 1)) if (other.from <= theme.to) pairs.push([theme, other]);
  });
  return pairs;
}
