// Bundles console/ into dist/console/: index.html naming hashed, minified app-[hash].js and app-[hash].css
// (cached for a year), and prints the gzipped size of what a browser downloads.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, process.env.CONSOLE_OUT ?? 'dist/console');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: { app: join(root, 'console/src/main.tsx') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  entryNames: '[name]-[hash]',
  outdir: out,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const files = Object.keys(result.metafile.outputs).map((file) => basename(file));
const js = files.find((file) => file.endsWith('.js'));
const css = files.find((file) => file.endsWith('.css'));
if (!js || !css) throw new Error(`build-console: expected one .js and one .css, got ${files.join(', ')}`);
const html = readFileSync(join(root, 'console/index.html'), 'utf8').replace('__JS__', js).replace('__CSS__', css);
writeFileSync(join(out, 'index.html'), html);
// The tab's icon (without one, every browser asks for /favicon.ico and gets a 404).
copyFileSync(join(root, 'console/favicon.svg'), join(out, 'favicon.svg'));

const gz = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`console: ${js} ${kb(gz(js))} gzipped, ${css} ${kb(gz(css))} gzipped, in dist/console/`);
