/**
 * Runs one of the build's TypeScript child scripts (src/integrations/*-worker.ts) in a Node child
 * process: work whose memory would otherwise come on top of everything Astro still holds after the
 * pages (the build's peak) is returned to the system as soon as the child exits.
 *
 * The script runs as one plain JavaScript module, bundled by esbuild (its packages left to Node)
 * into node_modules/.cache/playbook-build/ and removed once the children running it have ended:
 * the child starts in ~0.05 s of CPU instead of ~0.25 s with tsx, whose loader compiles and
 * resolves every module through a thread of its own — for each of the build's five children, three
 * of them on the path of the build after the pages. A script esbuild cannot bundle runs with tsx,
 * as before (Node then reports the error: a missing module, a syntax error).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './import-bundled.mjs';

/** Bundles in use, by script: each is removed once the last child running it has ended. */
const bundles = new Map<string, { module: Promise<string | undefined>; users: number }>();

/**
 * The script bundled into one module under the project (so its packages resolve from
 * node_modules), or undefined if esbuild cannot; `release` once the child has ended. With
 * `importMetaEnv`, the bundle reads it as import.meta.env, as Vite gives the pages theirs.
 */
function bundled(
  projectRoot: string,
  script: string,
  importMetaEnv?: Record<string, string>,
): { module: Promise<string | undefined>; release: () => void } {
  const entry = join(projectRoot, 'src/integrations', script);
  const key = importMetaEnv ? `${entry}\0${JSON.stringify(importMetaEnv)}` : entry;
  let found = bundles.get(key);
  if (!found) {
    const dir = join(projectRoot, 'node_modules', '.cache', 'playbook-build');
    const outfile = join(dir, `${basename(script, '.ts')}-${process.pid}-${++built}.mjs`);
    const module = build({
      ...NODE_BUNDLE,
      entryPoints: [entry],
      outfile,
      ...(importMetaEnv ? { define: { 'import.meta.env': JSON.stringify(importMetaEnv) } } : {}),
    }).then(
      () => outfile,
      () => undefined,
    );
    found = { module, users: 0 };
    bundles.set(key, found);
  }
  const bundle = found;
  bundle.users++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (--bundle.users > 0) return;
    bundles.delete(key);
    void bundle.module.then((file) => file && rmSync(file, { force: true }));
  };
  return { module: bundle.module, release };
}
let built = 0;

/**
 * The child's stdout; rejects with the child's error message if it fails. `input` goes to its
 * stdin; `importMetaEnv` is what the script's modules read as import.meta.env (BASE_URL for
 * src/lib/urls.ts), where esbuild bundles it (under tsx they read none). With `onLine`, each line
 * of stdout is handed over as soon as it is written (a child's first result need not wait for its
 * last), and the promise resolves with '' once the child has ended well.
 */
export async function runChild(
  projectRoot: string,
  script: string,
  args: string[],
  input?: string,
  importMetaEnv?: Record<string, string>,
  onLine?: (line: string) => void,
): Promise<string> {
  const { module, release } = bundled(projectRoot, script, importMetaEnv);
  const file = await module;
  const command = file ? [file] : ['--import', 'tsx', join(projectRoot, 'src/integrations', script)];
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: projectRoot,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  child.on('close', release).on('error', release);
  const result = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      // Only the new chunk is searched for a line's end: a line of many MB arrives in 64 kB chunks.
      const end = onLine ? chunk.lastIndexOf('\n') : -1;
      if (end < 0) {
        out += chunk;
        return;
      }
      const lines = (out + chunk.slice(0, end)).split('\n');
      out = chunk.slice(end + 1);
      for (const line of lines) onLine!(line);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(errorLine(err) || `exit code ${code}`));
      else if (onLine) {
        if (out) onLine(out);
        resolve('');
      } else resolve(out);
    });
  });
  if (input !== undefined && child.stdin) {
    // A child that ends before reading its input (it failed to start) is reported by 'close' above.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  }
  return result;
}

/** The thrown error's message from a child's stderr (Node prints the stack and its own version after it). */
function errorLine(stderr: string): string {
  const message = stderr.split('\n').find((line) => /^\w*Error: /.test(line));
  return (message ?? stderr).trim();
}
