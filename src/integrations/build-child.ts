/**
 * Runs one of the build's TypeScript child scripts (src/integrations/*-worker.ts) with Node and tsx:
 * work whose memory would otherwise come on top of everything Astro still holds after the pages
 * (the build's peak) is returned to the system as soon as the child exits.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The child's stdout; rejects with the child's error message if it fails. `input` goes to its stdin. */
export function runChild(projectRoot: string, script: string, args: string[], input?: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/integrations', script), ...args], {
    cwd: projectRoot,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const result = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(errorLine(err) || `exit code ${code}`));
      else resolve(out);
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
