import type { WordVectors } from '../shared/coach';
import { type PlanFinding, planFindings } from '../shared/findings';
import type { KeyResult, Objective } from '../shared/model';
import { findingsOf, objectivesWithFindings, setFindingsOf } from './findingLists';
import { type PlanData, changes } from './planData';
import { dismissalKey, relayout, resizeCards, useStore } from './store';
import { type FindingsDelta, FindingsEngine, type FindingsUpdate } from './worker/findingsEngine';

/** Every finding on the cascade (shelf items are out of the cascade's business by design). */
export function computeFindings(d: PlanData, vectors: WordVectors | null, today = new Date()): PlanFinding[] {
  return planFindings([...d.objectives.values()], [...d.krs.values()], today, vectors);
}

let wordVectors: Promise<WordVectors | null> | null = null;

/**
 * The coach's word vectors (2 MB), loaded on first use as a chunk of their own so that they never
 * delay the first painted card. Should they fail to load, the coach still runs, finding copies by
 * their words alone.
 */
export function loadWordVectors(): Promise<WordVectors | null> {
  wordVectors ??= import('../shared/coach/wordVectorsData').then(
    (m) => m.WORD_VECTORS,
    (err: unknown) => {
      console.warn(`The coach's word vectors did not load (${(err as Error).message}); reworded copies go unnoticed.`);
      return null;
    },
  );
  return wordVectors;
}

/** Up to this many objectives, findings are computed on the main thread without waiting. */
const SMALL_PLAN = 4000;

/** Above this many cards changing their row of badges at once, one full layout is cheaper. */
const RELAYOUT_AT = 300;

/**
 * The pause after the last change before a pass runs. A pass over the whole plan keeps a core busy
 * for about 25 µs per objective (1.2 s at 50k); started while edits keep coming, it takes that core
 * from their frames (half the CPU of a two-core machine). So a large plan waits for editing to pause:
 * 20 ms per 1,000 objectives, at least 150 ms.
 */
const quietMs = (objectives: number): number => Math.max(150, objectives / 50);

/** An objective's findings less the dismissed ones; the list itself when none is dismissed. */
function activeOf(id: string, dismissals: Record<string, unknown>, anyDismissed: boolean): readonly PlanFinding[] {
  const list = findingsOf(id);
  return anyDismissed ? list.filter((f) => !dismissals[dismissalKey(f.subjectId, f.code)]) : list;
}

/**
 * Applies the objectives whose findings changed: their badges, the count, then their card heights.
 * O(objectives changed): a worker reply can land between a keystroke and its frame, and a pass over
 * all 50,000 badge lists there (copying the record, counting, flattening) cost two or three frames.
 */
function receive(update: FindingsUpdate, dismissalsChanged = false): void {
  const { dismissals, badges, badgeCount } = useStore.getState();
  for (const [id, list] of update.changed) setFindingsOf(id, list);
  const ids = dismissalsChanged ? [...new Set([...objectivesWithFindings(), ...badges.keys()])] : update.changed.map(([id]) => id);
  // Most passes after a value edit change nothing: then nothing is set and nothing re-renders.
  if (!ids.length) return;
  const anyDismissed = Object.keys(dismissals).length > 0;
  let count = badgeCount;
  const reshaped: string[] = [];
  for (const id of ids) {
    const active = activeOf(id, dismissals, anyDismissed);
    const had = badges.get(id);
    count += active.length - (had?.length ?? 0);
    if (active.length) badges.set(id, active);
    else badges.delete(id);
    if ((had !== undefined) !== active.length > 0) reshaped.push(id);
  }
  useStore.setState({ badgeCount: count });
  // A slice of a pass: the cards change size once the pass is complete.
  for (const id of reshaped) pendingHeights.add(id);
  if (update.more) return;
  // Badges are changed in place; the version tells the subscribers of the whole record.
  useStore.setState((s) => ({ findingsVersion: s.findingsVersion + 1 }));
  // A card that gains or loses its row of badges changes height.
  const resized = [...pendingHeights];
  pendingHeights.clear();
  if (!resized.length || !useStore.getState().layout) return;
  if (resized.length > RELAYOUT_AT) relayout();
  else useStore.setState(resizeCards(resized));
}

/** Cards whose row of badges appeared or went in the slices received so far of a pass. */
const pendingHeights = new Set<string>();

/** Drains the change journal into a delta for the engine (in chunks of `size` objectives). */
function drain(data: PlanData, size: number): FindingsDelta[] {
  const out: FindingsDelta[] = [];
  const objectives: Objective[] = [];
  const krs: KeyResult[] = [];
  const removedObjectives: string[] = [];
  const removedKrs: string[] = [];
  const reset = changes.reset;
  if (reset) {
    for (const o of data.objectives.values()) objectives.push(o);
    for (const kr of data.krs.values()) krs.push(kr);
  } else {
    for (const id of changes.objectives) {
      const o = data.objectives.get(id);
      if (o) objectives.push(o);
      else removedObjectives.push(id);
    }
    for (const id of changes.krs) {
      const kr = data.krs.get(id);
      if (kr) krs.push(kr);
      else removedKrs.push(id);
    }
  }
  changes.reset = false;
  changes.objectives.clear();
  changes.krs.clear();
  const chunks = Math.max(1, Math.ceil(objectives.length / size), Math.ceil(krs.length / (size * 2)));
  for (let c = 0; c < chunks; c++) {
    out.push({
      reset: reset && c === 0,
      objectives: objectives.slice((c * objectives.length) / chunks, ((c + 1) * objectives.length) / chunks),
      krs: krs.slice((c * krs.length) / chunks, ((c + 1) * krs.length) / chunks),
      removedObjectives: c === 0 ? removedObjectives : [],
      removedKrs: c === 0 ? removedKrs : [],
      run: c === chunks - 1,
    });
  }
  return out;
}

function startWorker(onUpdate: (u: FindingsUpdate) => void, onFail: () => void): Worker | null {
  try {
    // Beside index.html, not beside this module: code splitting may put this module in chunks/,
    // and a worker that fails to load falls back to this thread without a word.
    const worker = new Worker(new URL('findings.worker.js', document.baseURI), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FindingsUpdate>) => onUpdate(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      onFail();
    };
    return worker;
  } catch {
    return null;
  }
}

/**
 * Keeps the coach's and the audit's findings up to date without ever putting a pass over the plan
 * on the typing path: changes are journalled as they happen (planData), sent to a worker after a
 * short pause (the first, whole plan only once the first frame is on screen, in slices), and only
 * the objectives whose findings changed come back. Unchanged badge lists keep their identity, so
 * only cards whose findings changed re-render.
 */
export function watchFindings(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: unknown = null;
  let lastDismissals: unknown = null;
  let stopped = false;
  let local: FindingsEngine | null = null;
  let worker: Worker | null = null;
  let noWorker = typeof Worker === 'undefined';
  const fallBack = () => {
    // No worker (or it failed to load): the same engine on this thread, from a full copy of the plan.
    worker?.terminate();
    worker = null;
    noWorker = true;
    changes.reset = true;
    schedule(0);
  };

  let usedWorker: boolean | null = null;
  const send = () => {
    const state = useStore.getState();
    if (state.phase !== 'ready') return;
    // A small plan is checked right here (tens of milliseconds); a large one in the worker. Switching engines starts the new one from the whole plan.
    // The worker starts with the first large plan, not with the page: loading and compiling its
    // script took CPU from a small plan's first frame on two cores.
    const large = state.objectiveCount > SMALL_PLAN;
    if (large && !worker && !noWorker) {
      worker = startWorker((u) => !stopped && receive(u), fallBack);
      noWorker = worker === null;
    }
    const viaWorker = worker !== null && large;
    if (usedWorker !== null && usedWorker !== viaWorker) changes.reset = true;
    usedWorker = viaWorker;
    const deltas = drain(state.data, 4000);
    if (viaWorker && worker) {
      // Slices of a few thousand objectives keep each postMessage (a structured copy) short.
      const w = worker;
      const post = (k: number) => {
        if (stopped || worker !== w) return;
        w.postMessage(deltas[k]);
        if (k + 1 < deltas.length) setTimeout(() => post(k + 1), 0);
      };
      post(0);
    } else {
      // The first pass on this thread waits for the word vectors, then reads the whole plan.
      if (!local) {
        void loadWordVectors().then((vectors) => {
          if (stopped) return;
          local ??= new FindingsEngine(vectors);
          changes.reset = true;
          schedule(0);
        });
        return;
      }
      for (const d of deltas) local.apply(d);
      receive(local.run());
    }
  };
  function schedule(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The first pass waits for the first frame of cards to be on screen, whatever the plan's size:
      // run before it, even a 1,000-objective pass held that frame back by about 100 ms (a Chromium
      // trace of the open). Cards that then gain a row of badges grow once, just after they appear.
      if (!firstPainted) return void waiting.push(() => schedule(0));
      send();
    }, ms);
  }
  const onState = (s: ReturnType<typeof useStore.getState>) => {
    if (s.dismissals !== lastDismissals && s.data === last) {
      lastDismissals = s.dismissals;
      receive({ changed: [] }, true);
      return;
    }
    if (s.data === last) return;
    last = s.data;
    lastDismissals = s.dismissals;
    schedule(changes.reset ? 0 : quietMs(s.objectiveCount));
  };
  const unsub = useStore.subscribe(onState);
  // The plan may have been loaded before this watcher started (main.tsx loads it before rendering).
  onState(useStore.getState());
  return () => {
    stopped = true;
    clearTimeout(timer);
    worker?.terminate();
    unsub();
  };
}

let firstPainted = false;
const waiting: Array<() => void> = [];

/** Runs `fn` once the first frame of the plan has been painted (and the browser is idle). */
export function afterFirstPaint(fn: () => void): void {
  if (firstPainted) {
    const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
    if (idle) idle(fn, { timeout: 500 });
    else setTimeout(fn, 0);
  } else waiting.push(fn);
}

/** Called by the graph once its first frame is on screen and input is accepted. */
export function markFirstPaint(): void {
  if (firstPainted) return;
  firstPainted = true;
  for (const fn of waiting.splice(0)) afterFirstPaint(fn);
}
