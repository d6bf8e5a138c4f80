import { WORD_VECTORS } from '../../shared/coach/wordVectorsData';
import { type FindingsDelta, FindingsEngine, slices } from './findingsEngine';

// The coach and the audit, off the main thread: messages are plan changes, answers are the
// objectives whose findings changed.
const engine = new FindingsEngine(WORD_VECTORS);
let timer: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (e: MessageEvent<FindingsDelta>) => {
  engine.apply(e.data);
  if (!e.data.run) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    for (const slice of slices(engine.run())) (self as unknown as Worker).postMessage(slice);
  }, 0);
};
