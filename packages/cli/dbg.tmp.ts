import { readFileSync } from 'node:fs';
import { createDetector, createByteScreen } from '@raksa/detect';
const d = createDetector();
const s = createByteScreen(d.catalog);
const lines = readFileSync('/tmp/b2k.jsonl', 'utf8').split('\n').filter(Boolean);
let pass = 0;
const fails: string[] = [];
for (const l of lines) { const t = JSON.parse(l).text; const b = new TextEncoder().encode(t); if (s.screen(b, 0, b.length, 1e5) !== undefined) pass++; else fails.push(t); }
console.log('screened', pass, 'of', lines.length);
console.log(fails.slice(0, 25).join('\n'));
