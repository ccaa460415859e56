/**
 * Finds the Chromium binary for end-to-end tests, the benchmark and the PDF export, in one place:
 * $CHROMIUM_PATH, then Playwright's own browser if installed, then Debian's /usr/bin/chromium.
 * When none exists it installs Debian's package (as root, where apt-get exists) or explains how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags Chromium needs on a closed network and in containers (without them it stalls). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEBIAN_PATH = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function resolveChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} 不存在；请改为 Chromium 可执行文件的路径，或删除该变量`);
    return fromEnv;
  }
  const found = playwrightBrowser() ?? (existsSync(DEBIAN_PATH) ? DEBIAN_PATH : undefined);
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`未找到 Chromium，正在安装：${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit' });
    if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  }
  throw new Error(`未找到 Chromium。请运行：sudo ${INSTALL}（或设置 CHROMIUM_PATH 指向 Chromium 可执行文件）`);
}
