/**
 * The drill's cards, fetched as they are needed (src/lib/drill/card-files.ts): each file once per
 * visit, and again after a failure (offline for a moment, a flaky network). The service worker
 * precaches every card file, so once it is installed the drill works offline for any date.
 */
import { cardFile, isCardFile, scriptFile, type CardFile } from '../lib/drill/card-files';
import { once } from '../lib/once';
import { urls } from '../lib/urls';

const files = new Map<string, Promise<CardFile>>();

function load(name: string): Promise<CardFile> {
  const url = urls.drillCards(name);
  return once(files, name, () =>
    fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const data: unknown = await response.json();
      if (!isCardFile(data)) throw new Error(`${url}: not a drill card file`);
      return data;
    }),
  );
}

/** The files these ids are in, each fetched once; a file that cannot be had counts as empty. */
async function loadAll(names: readonly string[]): Promise<{ merged: CardFile; failed: boolean }> {
  const results = await Promise.allSettled([...new Set(names)].map(load));
  const merged: CardFile = { cards: {}, titles: {} };
  let failed = false;
  for (const result of results) {
    if (result.status === 'rejected') failed = true;
    else {
      Object.assign(merged.cards, result.value.cards);
      Object.assign(merged.titles, result.value.titles);
    }
  }
  return { merged, failed };
}

/**
 * The HTML of these cards by id. `failed` is true when a file could not be fetched (offline
 * before the service worker was installed): the ids it holds are missing from `cards`.
 */
export async function loadCards(ids: readonly string[]): Promise<{ cards: Record<string, string>; failed: boolean }> {
  const { merged, failed } = await loadAll(ids.map(cardFile));
  return { cards: merged.cards, failed };
}

/** The titles of these scripts (plain text) by script id; a script whose file cannot be had is left out. */
export async function loadTitles(scriptIds: readonly string[]): Promise<Record<string, string>> {
  return (await loadAll(scriptIds.map(scriptFile))).merged.titles;
}
