/**
 * Vite plugin: after the client build, prerender every route to static HTML (DESIGN.md, Publication).
 *
 * How: a second, SSR build of `entry` (app/entry-server.tsx) for Node, with the same config and base; then,
 * for each route it lists (`prerenderRoutes()`, derived from the chapters and the widget registry), its
 * `render(path)` gives the app's HTML and the page's head, which go into the client's index.html, written as
 * `dist/<path>/index.html` (so any static host serves `/ode-basics` and `/ode-basics/`). The not-found page
 * becomes `dist/404.html`, which static hosts serve for unknown addresses. Each page also links the CSS and
 * preloads the JS chunks of the modules it names, found in the client's build manifest, so the prerendered
 * text is styled before any script runs and hydration does not wait on a chunk waterfall.
 *
 * Why this and not a plugin such as vite-react-ssg: those bring their own router (react-router); the site's
 * router is wouter, which renders on the server by itself (`ssrPath`), and react-dom/static's prerender is
 * React's own API for exactly this. Both are maintained with the libraries the site already depends on.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

interface ManifestChunk { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }
type Manifest = Record<string, ManifestChunk>;

interface ServerEntry {
  render(path: string): Promise<{ html: string; head: string; image: string; modules: string[]; lang: string }>;
  prerenderRoutes(): string[];
  notFoundRoute: string;
}

/** The CSS files and JS chunks a set of source modules needs, following static imports. */
export function assetsFor(manifest: Manifest, modules: string[]): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    if (!chunk.isEntry) js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  modules.forEach(visit);
  return { css: [...css], js: [...js] };
}

/**
 * KaTeX faces nearly every formula uses. Discovered only through the stylesheet, they would arrive after the
 * first paint and reflow the maths (a layout shift); a page with maths preloads them.
 */
const MATH_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic', 'KaTeX_Main-Italic', 'KaTeX_Main-Bold', 'KaTeX_Size1-Regular', 'KaTeX_Size2-Regular', 'KaTeX_AMS-Regular', 'KaTeX_Caligraphic-Regular'];

export function mathFontPreloads(assetFiles: string[], html: string, base: string): string[] {
  if (!html.includes('class="katex"')) return [];
  return MATH_FONTS.flatMap((face) => assetFiles.filter((f) => f.startsWith(`${face}-`) && f.endsWith('.woff2'))).map((f) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${base}assets/${f}">`);
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** index.html with the page's lang, head, preloads and app HTML put in. */
export function fillTemplate(template: string, page: { html: string; head: string; lang: string; path: string }, base: string, assets: { css: string[]; js: string[]; fonts?: string[] }): string {
  const fresh = (f: string) => !template.includes(`${base}${f}"`);
  const links = [...assets.css.filter(fresh).map((f) => `<link rel="stylesheet" href="${escapeAttr(base + f)}">`), ...assets.js.filter(fresh).map((f) => `<link rel="modulepreload" href="${escapeAttr(base + f)}">`), ...(assets.fonts ?? [])];
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttr(page.lang)}">`)
    .replace(/\s*<title>[^<]*<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace('</head>', `  ${page.head}\n    ${links.join('\n    ')}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeAttr(page.path)}">${page.html}</div>`);
}

/**
 * Where a route's page goes: `/ode-basics` → `ode-basics.html` and `ode-basics/index.html`, so hosts that map
 * `/x` to `x.html` (Netlify, Cloudflare, GitHub Pages, vite preview) and hosts that map it to `x/index.html`
 * (plain Apache, nginx with try_files $uri/) both find it; `/` → `index.html`.
 */
export const filesFor = (route: string) => (route === '/' ? ['index.html'] : [`${route.slice(1)}.html`, join(route.slice(1), 'index.html')]);

export function prerenderPlugin({ entry }: { entry: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'continuous-depth-prerender',
    apply: (cfg, env) => env.command === 'build' && !cfg.build?.ssr && !env.isSsrBuild,
    config() {
      return { build: { manifest: true } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const ssrDir = resolve(config.root, 'node_modules/.prerender', String(process.pid));
      await build({
        configFile: config.configFile,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: entry, outDir: ssrDir, emptyOutDir: true, manifest: false, ssrManifest: false, rollupOptions: { output: { format: 'es', entryFileNames: 'entry-server.mjs' } } },
      });
      try {
        const server = (await import(pathToFileURL(join(ssrDir, 'entry-server.mjs')).href)) as ServerEntry;
        const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const assetFiles = readdirSync(join(outDir, 'assets'));
        const write = async (route: string, files: string[]) => {
          const page = { ...(await server.render(route)), path: route };
          if (!existsSync(join(outDir, page.image.replace(/^\//, '')))) config.logger.warn(`prerender: ${route} names a preview image that is not in the build: ${page.image} (npm run og-cards)`);
          const html = fillTemplate(template, page, config.base, { ...assetsFor(manifest, page.modules), fonts: mathFontPreloads(assetFiles, page.html, config.base) });
          for (const file of files) {
            const target = join(outDir, file);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, html);
          }
        };
        const routes = server.prerenderRoutes();
        for (const route of routes) await write(route, filesFor(route));
        await write(server.notFoundRoute, ['404.html']);
        config.logger.info(`prerendered ${routes.length} pages and 404.html`);
      } finally {
        rmSync(ssrDir, { recursive: true, force: true });
      }
    },
  };
}
