/**
 * The re-cut of Pagefind's word index (pagefind-rechunk.ts) in a child process of its own.
 * It decodes the whole index into JavaScript arrays: at 2,000 sections about 300 MiB, which in the
 * build process came on top of everything Astro still holds after the pages (the build's peak
 * memory, over the 1.2 GiB budget). In a child that memory is returned as soon as it exits.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { RechunkReport } from './pagefind-rechunk';

/** Runs rechunkPagefind(dir, targetGzip) in a child; rejects with the child's error if it fails (the index is then as Pagefind wrote it). */
export function rechunkInChild(projectRoot: string, dir: string, targetGzip: number): Promise<RechunkReport[]> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'src/integrations/rechunk-worker.ts'), dir, String(targetGzip)],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(lastLine(err) || `exit code ${code}`));
      else resolve(JSON.parse(out) as RechunkReport[]);
    });
  });
}

/** The thrown error's message from a child's stderr (Node prints the stack and its own version after it). */
function lastLine(stderr: string): string {
  const message = stderr.split('\n').find((line) => /^\w*Error: /.test(line));
  return (message ?? stderr).trim();
}
