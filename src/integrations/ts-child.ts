/**
 * Runs one of the build's TypeScript modules in a child process of its own (Node with tsx, as the
 * scripts run), for work that can go on beside Astro's or that should return its memory when done.
 * The child reads its input (if any) on stdin and writes its result to stdout; a child that fails
 * rejects with the message of the error it threw, so the build can say why and carry on without it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Resolves to what the child wrote to stdout; rejects with its error if it exits otherwise than with 0. */
export function runTsChild(projectRoot: string, module: string, args: readonly string[] = [], input?: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, module), ...args], {
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
      if (code !== 0) reject(new Error(thrownMessage(err) || `exit code ${code}`));
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
function thrownMessage(stderr: string): string {
  const message = stderr.split('\n').find((line) => /^\w*Error: /.test(line));
  return (message ?? stderr).trim();
}
