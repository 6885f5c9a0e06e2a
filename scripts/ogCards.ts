/**
 * Makes the link-preview cards (Open Graph / Twitter, 1200×630 PNG): one per chapter in every language,
 * `public/og/<path>.png` (e.g. public/og/ode-basics.png, public/og/zh/ode-basics.png), and one for the site,
 * public/og/site.png. Run `npm run og-cards` after adding or retitling a chapter; the build warns about a
 * chapter whose card is missing.
 *
 * `npm run og-cards -- zh` makes one language's cards only (the site card of a language other than English is
 * public/og/<lang>/site.png). Chinese text is set in the system's Noto CJK faces (Debian's fonts-noto-cjk,
 * which scripts/ensure-chromium.mjs installs).
 *
 * Each card is an HTML page screenshotted by the system Chromium through Playwright: the chapter's number,
 * title and summary beside a phase portrait of the damped pendulum x' = y, y' = −sin x − y/4, whose curves are
 * solved here with the site's own Dopri5 (app/solver), from initial values on a circle of radius 2.6.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { odeint } from '../app/solver/index.ts';
import { collectChapters } from './vite/chaptersPlugin.ts';
import { chromiumExecutable } from './chromium.ts';
import { languages, type Lang } from '../app/shell/i18n/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const W = 1200;
const H = 630;

/** Trajectories of the damped pendulum, as SVG path data in a 460×460 box showing [−π, π]². */
function portrait(): string[] {
  const field = (_t: number, y: Float64Array, dy: Float64Array) => {
    dy[0] = y[1];
    dy[1] = -Math.sin(y[0]) - 0.25 * y[1];
  };
  const ts = Array.from({ length: 161 }, (_, i) => (i * 16) / 160);
  const toX = (x: number) => 230 + (x / Math.PI) * 220;
  const toY = (y: number) => 230 - (y / Math.PI) * 220;
  return Array.from({ length: 10 }, (_, k) => {
    const a = (2 * Math.PI * k) / 10;
    const sol = odeint(field, [2.6 * Math.cos(a), 2.6 * Math.sin(a)], ts);
    return sol.ys.map((p, i) => `${i ? 'L' : 'M'}${toX(p[0]).toFixed(1)},${toY(p[1]).toFixed(1)}`).join('');
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The site card's kicker, per language. */
const EXPLAINER: Record<Lang, string> = { en: 'An interactive explainer', zh: '交互式讲解' };

function cardHtml(lang: Lang, kicker: string, title: string, summary: string, paths: string[]): string {
  const curves = paths.map((d, i) => `<path d="${d}" stroke="hsl(${210 + i * 6} 65% ${38 + i * 3}%)" />`).join('');
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-Hans' : lang}"><head><meta charset="utf-8"><style>
  body { margin: 0; width: ${W}px; height: ${H}px; background: #fdfcf9; font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #1b1f24; display: flex; }
  .text { flex: 1; padding: 64px 24px 56px 72px; display: flex; flex-direction: column; }
  .site { font-weight: 700; font-size: 30px; color: #1d5fa8; }
  .kicker { margin-top: 56px; font-size: 24px; letter-spacing: 0.08em; text-transform: uppercase; color: #57606a; }
  h1 { font-size: 50px; line-height: 1.15; margin: 14px 0 0; }
  p { font-family: 'DejaVu Serif', 'Noto Serif', 'Noto Serif CJK SC', serif; font-size: 24px; line-height: 1.45; color: #3b424a; margin: 24px 0 0; }
  svg { width: 460px; height: 460px; margin: 85px 60px 0 0; }
  path { fill: none; stroke-width: 2.2; }
  </style></head><body><div class="text"><div class="site">${esc(languages[lang].siteName)}</div><div class="kicker">${esc(kicker)}</div>
  <h1>${esc(title)}</h1><p>${esc(summary)}</p></div><svg viewBox="0 0 460 460">${curves}</svg></body></html>`;
}

async function main() {
  const paths = portrait();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: W, height: H } });
  const shoot = async (file: string, html: string) => {
    await page.setContent(html);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    console.log(`wrote ${file.slice(root.length)}`);
  };
  const only = process.argv[2];
  const chapters = collectChapters(join(root, 'content'));
  const langs = [...new Set(chapters.map((c) => c.lang))].filter((l): l is Lang => l in languages && (!only || l === only));
  for (const lang of langs) {
    const t = languages[lang];
    const dir = join(root, 'public/og', lang === 'en' ? '' : lang);
    // The first sentence of the home page's introduction (Chinese sentences end in 。).
    const firstSentence = lang === 'zh' ? t.homeIntro.split('。')[0] + '。' : t.homeIntro.split('. ')[0] + '.';
    await shoot(join(dir, 'site.png'), cardHtml(lang, EXPLAINER[lang], t.tagline, firstSentence, paths));
    const list = chapters.filter((c) => c.lang === lang);
    for (const [i, c] of list.entries()) {
      const kicker = t.chapterOfN.replace('{n}', String(i + 1)).replace('{N}', String(list.length));
      await shoot(join(dir, `${c.slug}.png`), cardHtml(lang, kicker, c.title, c.summary, paths));
    }
  }
  await browser.close();
}

await main();
