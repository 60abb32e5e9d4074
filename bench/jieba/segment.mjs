// Segments a UTF-8 text file with jieba-wasm, line by line (HMM on, the
// library's default), and prints the bytes, tokens and seconds taken by
// segmentation alone (reading the file and loading the dictionary excluded).
// Usage: node segment.mjs FILE
import { readFileSync } from 'node:fs';
import { cut } from 'jieba-wasm';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const lines = text.split('\n');
cut('预热词典', true);  // the dictionary loads on first use: not part of the timing
const started = process.hrtime.bigint();
let tokens = 0;
for (const line of lines) {
  if (line.length > 0) tokens += cut(line, true).length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ bytes, tokens, seconds }));
