/**
 * Serves a built site through deploy/nginx.conf with the machine's nginx (Debian's, installed by
 * .ci/run), as an ordinary user: a throwaway prefix under the OS temp folder holds the main config,
 * pid file, logs and temp paths, and deploy/nginx.conf is included unchanged except for `listen`
 * (a free port on 127.0.0.1) and `root` (the built site). `close()` stops nginx and removes it all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const NGINX_CONF = join(ROOT, 'deploy/nginx.conf');
const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'];

export function resolveNginx(): string {
  const found = process.env.NGINX_PATH ?? CANDIDATES.find((path) => existsSync(path));
  if (!found || !existsSync(found)) {
    throw new Error('nginx is missing: run `apt-get install -y nginx` (as .ci/run does), or set NGINX_PATH to the nginx binary.');
  }
  return found;
}

function freePort(): Promise<number> {
  const wanted = Number(process.env.E2E_NGINX_PORT ?? 0);
  if (wanted) return Promise.resolve(wanted);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf on this port and root; fails if those two lines ever change shape. */
export function siteConfig(port: number, dist: string): string {
  const original = readFileSync(NGINX_CONF, 'utf8');
  const config = original
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/usr\/share\/nginx\/html;$/m, `$1root ${dist};`);
  if (!config.includes(`listen 127.0.0.1:${port};`) || !config.includes(`root ${dist};`)) {
    throw new Error(`${NGINX_CONF} no longer has the lines "listen 80;" and "root /usr/share/nginx/html;" this test replaces`);
  }
  return config;
}

async function waitForPort(url: string, nginx: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${url} within 10 s:\n${log()}`);
}

export async function serveWithNginx(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const nginx = resolveNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'playbook-nginx-'));
  const port = await freePort();
  const mimeTypes = MIME_TYPES.find((path) => existsSync(path));
  writeFileSync(join(prefix, 'site.conf'), siteConfig(port, dist));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root (CI), workers would run as `nobody`, who cannot read a checkout under /root.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      mimeTypes ? `  include ${mimeTypes};` : '',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${join(prefix, name)};`),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const log = () => {
    const file = join(prefix, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitForPort(url, child, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}
