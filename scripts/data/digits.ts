/**
 * Converts the UCI "Optical Recognition of Handwritten Digits" 8×8 set, as Debian's `python3-sklearn`
 * package ships it (`sklearn/datasets/data/digits.csv.gz`: 1,797 rows of 64 pixel counts in 0..16 and a
 * label), into the compact file chapter 2's comparison trains on: `public/data/digits/digits-8x8.bin`,
 * 1,797 records of 65 bytes (64 pixels row by row, then the label 0..9), in the file's original order.
 *
 * Run: `apt-get install -y python3-sklearn` (as root), then `npx tsx scripts/data/digits.ts [path]`.
 * Licence: CC BY 4.0 (UCI; creators E. Alpaydin and C. Kaynak); see public/data/digits/LICENSE.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const source = process.argv[2] ?? '/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz';
const outDir = new URL('../../public/data/digits/', import.meta.url);

const rows = gunzipSync(readFileSync(source)).toString('utf8').trim().split('\n');
const out = new Uint8Array(rows.length * 65);
rows.forEach((line, r) => {
  const cells = line.split(',').map(Number);
  if (cells.length !== 65) throw new Error(`row ${r + 1}: expected 65 values, got ${cells.length}`);
  cells.forEach((v, c) => {
    const max = c < 64 ? 16 : 9;
    if (!Number.isInteger(v) || v < 0 || v > max) throw new Error(`row ${r + 1}, column ${c + 1}: ${v} is not an integer in 0..${max}`);
    out[r * 65 + c] = v;
  });
});
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('digits-8x8.bin', outDir), out);
const counts = Array.from({ length: 10 }, (_, d) => rows.filter((l) => l.endsWith(`,${d}`)).length);
console.log(`wrote ${rows.length} digits (${out.length} bytes); per class: ${counts.join(' ')}`);
