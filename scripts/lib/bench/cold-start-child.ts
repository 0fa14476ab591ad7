// Run in a fresh Node process by the bench: loads the knowledge pack as the
// background does when it starts (parse, index) and answers one article, and
// reports the times and the heap it took. Printed as one JSON line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectMentions } from '../../../lib/detect/detect-mentions';
import { resolveMentions } from '../../../lib/entities/resolve-mentions';
import { packsFromTexts } from '../../../lib/reference/load-pack';
import { PACK_FILES } from '../../../lib/reference/pack-format';

const gc = (globalThis as { gc?: () => void }).gc;
const article = readFileSync(process.argv[2] ?? '', 'utf8');
const files = PACK_FILES.map((p) => readFileSync(resolve('public', p), 'utf8')) as [string, string, string];
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const reference = packsFromTexts(files);
const t1 = performance.now();
const entities = resolveMentions(detectMentions(article, reference.termLexicon), reference);
const t2 = performance.now();
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  JSON.stringify({
    loadMs: t1 - t0,
    firstAnswerMs: t2 - t1,
    heapMb: (heapAfter - heapBefore) / 1e6,
    entities: entities.length,
  }),
);
