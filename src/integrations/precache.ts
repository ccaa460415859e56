/**
 * The service worker's precache list: the built site's files that PRECACHE_GLOBS names, each with
 * its address under the base path and a revision (the MD5 of its bytes: a file that changes is
 * fetched again; one that does not stays cached across builds). Files whose names carry a content
 * hash (Astro's bundles, Pagefind's chunks) need no revision. What Workbox's getManifest did, without
 * workbox-build's 260 packages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';

export interface PrecacheEntry {
  url: string;
  /** Null for a file whose name changes with its content. */
  revision: string | null;
}

export interface PrecacheManifest {
  entries: PrecacheEntry[];
  /** Bytes of all the files listed. */
  size: number;
  /** Zh-CN: a pattern that matched nothing, a file too large to precache. */
  warnings: string[];
}

export interface PrecacheOptions {
  /** Patterns relative to the site's folder, in the order their files are listed. */
  globs: readonly string[];
  /** The site's base path, ending in '/'. */
  base: string;
  /** Files never listed (the worker itself). */
  ignore?: readonly string[];
  /** Addresses whose file name already changes with its content. */
  unrevisioned?: RegExp;
  /** Larger files are left out, with a warning. */
  maxBytes?: number;
}

export async function precacheManifest(site: string, options: PrecacheOptions): Promise<PrecacheManifest> {
  const { globs, base, ignore = [], unrevisioned, maxBytes = Infinity } = options;
  const warnings: string[] = [];
  const listed = new Set<string>();
  const entries: PrecacheEntry[] = [];
  let size = 0;
  for (const pattern of globs) {
    const files = (await glob(pattern, { cwd: site, onlyFiles: true, ignore: [...ignore], expandDirectories: false })).sort();
    if (files.length === 0) warnings.push(`离线缓存：没有文件符合 ${pattern}，这些内容离线时打不开。`);
    for (const file of files) {
      if (listed.has(file)) continue;
      listed.add(file);
      const bytes = readFileSync(join(site, file));
      if (bytes.length > maxBytes) {
        warnings.push(
          `离线缓存：${file} 有 ${(bytes.length / 2 ** 20).toFixed(1)} MiB，超过 ${(maxBytes / 2 ** 20).toFixed(0)} MiB，不预先缓存。`,
        );
        continue;
      }
      const url = `${base}${file}`;
      entries.push({ url, revision: unrevisioned?.test(url) ? null : createHash('md5').update(bytes).digest('hex') });
      size += bytes.length;
    }
  }
  return { entries, size, warnings };
}
