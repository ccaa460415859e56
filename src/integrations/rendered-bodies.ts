/**
 * One Markdown compile per body in a build. The content check compiles every .md body with Astro's
 * own Markdown processor and the build's options (src/check/markdown.ts) and leaves the pages here;
 * the content collections' loaders (src/content.config.ts) hand them to Astro's glob loader, which
 * would otherwise compile every body a second time while it syncs the content.
 *
 * A page is reused only for exactly the text Astro's loader read and with the same Markdown options
 * Astro renders with; anything else (and `astro dev`, where nothing is shared) Astro renders itself.
 * Shared on globalThis: the integration and the content config are loaded by different Vite
 * servers, in one process.
 */
import type { AstroMarkdownProcessorOptions } from '@astrojs/markdown-remark';
import type { AstroConfig, ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { RenderedBody } from '../check/markdown';

const KEY = Symbol.for('playbook.rendered-bodies');

interface Shared {
  /** The options the check compiled with: `{ image, ...markdown }` of the build's config. */
  options: AstroMarkdownProcessorOptions;
  /** By the file's absolute path; each is taken once. */
  bodies: Map<string, RenderedBody>;
  reused: number;
  /** Bodies Astro compiled itself. */
  compiled: number;
}

const shared = () => (globalThis as Record<symbol, Shared | undefined>)[KEY];

/** Leaves the check's pages for the content sync (the build's content check calls this). */
export function shareRenderedBodies(options: AstroMarkdownProcessorOptions, bodies: Map<string, RenderedBody>): void {
  (globalThis as Record<symbol, Shared | undefined>)[KEY] = { options, bodies, reused: 0, compiled: 0 };
}

/** Ends the sharing (after the content sync): how many pages were reused and how many bodies Astro compiled itself. */
export function endSharedBodies(): { reused: number; compiled: number } | undefined {
  const current = shared();
  delete (globalThis as Record<symbol, Shared | undefined>)[KEY];
  return current && { reused: current.reused, compiled: current.compiled };
}

/** Equal as options: plain values and containers by value, functions (plugins) by identity. */
export function sameOptions(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof URL && b instanceof URL) return a.href === b.href;
  if (a instanceof RegExp && b instanceof RegExp) return a.source === b.source && a.flags === b.flags;
  const keysA = Object.keys(a).filter((key) => Reflect.get(a, key) !== undefined);
  const keysB = Object.keys(b).filter((key) => Reflect.get(b, key) !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameOptions(Reflect.get(a, key), Reflect.get(b, key)));
}

/** An entry as Astro's glob loader hands it to a render function. */
type LoaderEntry = Parameters<ContentEntryRenderFunction>[0];
/** A rendered entry as Astro's loaders store it. */
type RenderedEntry = Awaited<ReturnType<ContentEntryRenderFunction>>;

/**
 * The page Astro's .md render function would return for `entry`, from the check's compile; undefined
 * when there is none for exactly this text. The remark plugins' additions go into the entry's own
 * front matter object, which Astro's render also changes in place and returns as `frontmatter`.
 */
export function reusedPage(rendered: RenderedBody | undefined, entry: LoaderEntry): RenderedEntry | undefined {
  if (rendered?.body !== (entry.body ?? '')) return undefined;
  const { metadata } = rendered;
  const frontmatter = Object.assign(entry.data, metadata.frontmatter);
  return {
    html: rendered.html,
    metadata: { ...metadata, frontmatter, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) },
  };
}

/**
 * Astro's entry types with the .md type's render function answering from the check's pages where
 * it can (Astro's own render function, made only if needed, for the rest).
 */
export function reusingRenderedBodies(entryTypes: Map<string, ContentEntryType>): Map<string, ContentEntryType> {
  const markdown = entryTypes.get('.md');
  const getRenderFunction = markdown?.getRenderFunction?.bind(markdown);
  if (!markdown || !getRenderFunction || !shared()) return entryTypes;
  const reusing: ContentEntryType = {
    ...markdown,
    getRenderFunction: (config: AstroConfig) => {
      const current = shared();
      const reusable = current !== undefined && sameOptions({ image: config.image, ...config.markdown }, current.options);
      let own: ContentEntryRenderFunction | undefined;
      return Promise.resolve(async (entry: LoaderEntry) => {
        if (reusable && entry.filePath) {
          const rendered = current.bodies.get(entry.filePath);
          current.bodies.delete(entry.filePath);
          const page = reusedPage(rendered, entry);
          if (page) {
            current.reused++;
            return page;
          }
        }
        if (current) current.compiled++;
        own ??= await getRenderFunction(config);
        return own(entry);
      });
    },
  };
  return new Map([...entryTypes, ['.md', reusing]]);
}
