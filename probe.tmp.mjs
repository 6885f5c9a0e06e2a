import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
for (const r of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:4203' + r);
  const f = p.locator('figure.widget'); await f.first().waitFor();
  const n = await f.count(); for (let i = 0; i < n; i++) await f.nth(i).scrollIntoViewIfNeeded();
  await p.waitForTimeout(6000);
  console.log(r, JSON.stringify(await p.locator('.widget-status').allTextContents()));
  const text = await p.evaluate(() => document.querySelector('main').innerText);
  for (const re of [/\bscripts\/[\w./-]+/g, /\b[\w/-]+\.tsx?\b/g, /\bapp\/[\w/]+/g, /\bNode(?:\.js)? v?\d+\.\d+/g, /ANGLE \(|SwiftShader Device|Vulkan \d/g, /\bnpx \w+/g]) { const m = text.match(re); if (m) console.log('  ', re, m.slice(0,5)); }
}
await b.close();
