/**
 * What the browser benchmark installs in every page it measures (page.addInitScript), the app's
 * and the baseline's alike, so that both are timed by the same code. Self-contained: Playwright
 * sends the function's source to the page.
 *
 * - interactive: a rAF loop watches for the first visible `.card`; the frame that finds it is the
 *   one that paints it, and a MessageChannel task queued from that rAF callback runs after the
 *   frame is produced. Its performance.now() (ms since navigation start) is "interactive", for the
 *   app and the baseline alike; the app's own performance.mark is only reported beside it.
 * - frames: rAF timestamps between startFrames() and stopFrames(); frame time = their differences.
 * - edit: armEdit(krId, textBefore) records the commit keystroke (keydown Enter, capture phase, event.timeStamp),
 *   then a MutationObserver waits until the KR row shows a value button again whose text differs
 *   from before, and the next frame after that mutation is the paint (rAF + MessageChannel).
 */
export interface Probe {
  interactive: number | null;
  frames: number[] | null;
  startFrames(): void;
  stopFrames(): number[];
  edit: { krId: string; before: string; keyAt: number | null; mutationAt: number | null; paintAt: number | null; framesBetween: number } | null;
  armEdit(krId: string, before: string): boolean;
}

export function installProbe(): void {
  const w = window as unknown as { __bench: Probe };
  const afterPaint = (fn: (t: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => fn(performance.now());
      ch.port2.postMessage(0);
    });
  const probe: Probe = {
    interactive: null,
    frames: null,
    startFrames() {
      const frames: number[] = [];
      probe.frames = frames;
      const tick = (t: number) => {
        if (probe.frames !== frames) return;
        frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const frames = probe.frames ?? [];
      probe.frames = null;
      return frames;
    },
    edit: null,
    armEdit(krId: string, before: string) {
      let row = document.querySelector(`[data-kr="${krId}"]`);
      if (!row) return false;
      const valueText = (r: Element) => (r.querySelector('input') ? null : (r.querySelector('button.kr-value')?.textContent ?? null));
      const edit: NonNullable<Probe['edit']> = { krId, before, keyAt: null, mutationAt: null, paintAt: null, framesBetween: 0 };
      probe.edit = edit;
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter' || edit.keyAt !== null) return;
        edit.keyAt = e.timeStamp;
        const count = () => {
          if (edit.paintAt !== null) return;
          edit.framesBetween++;
          requestAnimationFrame(count);
        };
        requestAnimationFrame(count);
      };
      window.addEventListener('keydown', onKey, true);
      const observer = new MutationObserver(() => {
        if (edit.keyAt === null) return;
        if (!row!.isConnected) row = document.querySelector(`[data-kr="${krId}"]`);
        const text = row ? valueText(row) : null;
        if (text === null || text === before) return;
        edit.mutationAt = performance.now();
        observer.disconnect();
        window.removeEventListener('keydown', onKey, true);
        afterPaint((t) => (edit.paintAt = t));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      return true;
    },
  };
  w.__bench = probe;
  const watch = () => {
    const card = document.querySelector('.card');
    if (card && card.checkVisibility({ visibilityProperty: true })) {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (probe.interactive = performance.now());
      ch.port2.postMessage(0);
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}
