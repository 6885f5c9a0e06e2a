#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests. As root on Debian, installs the `chromium`
// package when it is missing; otherwise says what to install. Playwright's own download is not used
// (it cannot reach its CDN on these machines). Also makes sure a Chinese font exists (Debian's
// `fonts-noto-cjk`), without which the /zh pages render as empty boxes in screenshots and tests.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = () => process.env.CHROMIUM_PATH || candidates.find((p) => existsSync(p));

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');

/** Whether fontconfig knows a font that covers Chinese (`fc-list :lang=zh` lists none otherwise). */
function hasChineseFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

if (!hasChineseFont()) {
  if (canApt) {
    console.log('fonts: no Chinese font; installing Debian package "fonts-noto-cjk" with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk', { stdio: 'inherit' });
  } else {
    console.warn('fonts: no Chinese font found; /zh pages will show empty boxes. Install Debian\'s "fonts-noto-cjk" (apt-get install fonts-noto-cjk).');
  }
}

if (found()) {
  console.log(`chromium: ${found()}`);
  process.exit(0);
}
if (canApt) {
  console.log('chromium: not found; installing Debian package "chromium" with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (found()) process.exit(0);
}
console.error(
  'chromium: no system Chromium found. Install Debian\'s "chromium" package (apt-get install chromium), ' +
    'set CHROMIUM_PATH to a Chromium binary, or run "npx playwright install chromium" where downloads work.',
);
process.exit(isRoot ? 1 : 0);
