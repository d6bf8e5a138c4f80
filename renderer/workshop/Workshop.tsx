import { useEffect } from 'react';
import { useStore } from '../store';
import { AcceptDialog, StartDialog } from './Dialogs';
import { watchCanvasDrops } from './drag';
import { addDots, openRound, running, timer, useWorkshop } from './store';
import { watchWorkshop } from './sync';
import { focusWall, useFocusKept } from './TriageWall';

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Workshop keys outside the wall: W starts, N captures, T goes to the wall, P pauses, R opens a round, + / − dot the card. */
function useWorkshopKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.target as HTMLElement).closest?.('dialog') || useStore.getState().dialog || useStore.getState().gateQueue.length) return;
      const w = useWorkshop.getState();
      if (w.accepting || w.starting) return;
      const s = running(w);
      const key = e.key.toLowerCase();
      const selected = useStore.getState().selectedId;
      let handled = true;
      if (!s) {
        if (key === 'w') useWorkshop.setState({ starting: true });
        else handled = false;
      } else if (key === 'n') document.getElementById('ws-capture')?.focus();
      else if (key === 't') focusWall();
      else if (key === 'p') void timer(s.timer.startedAt === null ? 'start' : 'pause');
      else if (key === 'r' && selected) void openRound(selected).then((ok) => ok && document.getElementById('ws-confidence')?.focus());
      else if ((e.key === '+' || e.key === '-') && selected) void addDots(selected, e.key === '+' ? 1 : -1);
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Everything workshop mode adds to the facilitator's page that is not a visible strip: sync, keys, drops, dialogs. */
export function WorkshopLayer() {
  useWorkshopKeys();
  useFocusKept();
  useEffect(() => watchWorkshop((state) => useWorkshop.setState({ state })), []);
  useEffect(() => watchCanvasDrops(), []);
  const starting = useWorkshop((w) => w.starting);
  const accepting = useWorkshop((w) => w.accepting);
  return (
    <>
      {starting && <StartDialog />}
      {accepting && <AcceptDialog ids={accepting} />}
    </>
  );
}
