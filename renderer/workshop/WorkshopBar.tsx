import { useEffect, useRef, useState } from 'react';
import { clock, remainingMs, type WorkshopSession } from '../../shared/workshop';
import { api, isDesktop } from '../api';
import { useStore } from '../store';
import { chime } from './chime';
import { endWorkshop, presentSelection, running, timer, useWorkshop } from './store';
import { saveRecord } from './record';
import { RoomStrip } from './Room';

/** The countdown, redrawn four times a second from the stored moment and remainder. */
function Timer({ s }: { s: WorkshopSession }) {
  const [now, setNow] = useState(Date.now);
  const left = remainingMs(s.timer, now);
  const last = useRef<{ step: number; left: number } | null>(null);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);
  useEffect(() => {
    // Chimes once as the step's time runs out here, not again after a reload of an overrun step.
    const prev = last.current;
    if (prev && prev.step === s.step && prev.left > 0 && left <= 0 && s.timer.startedAt !== null) chime();
    last.current = { step: s.step, left };
  }, [left, s.step, s.timer.startedAt]);
  const paused = s.timer.startedAt === null;
  return (
    <section aria-label="Timer" className={`ws-timer${left <= 0 ? ' over' : ''}${paused ? ' paused' : ''}`}>
      <span className="ws-clock">{clock(left)}</span>
      <span className="ws-timer-note">{paused ? 'paused' : left <= 0 ? 'over time' : 'left'}</span>
    </section>
  );
}

/** Opens the audience view: a window on the second display (desktop) or a second tab (browser). */
export async function openAudience(): Promise<void> {
  const s = running(useWorkshop.getState());
  if (!s) return;
  await present(useStore.getState().selectedId, s.present.branch, s.present.chrome);
  if (isDesktop) {
    const out = await api.presentWindow({ open: true });
    useStore.setState({ notice: out.ok ? `The audience view is open on ${out.value.display}.` : out.error.message });
  } else {
    const url = new URL(location.href);
    url.hash = 'audience';
    window.open(url.toString(), 'cascade-audience');
  }
}

/** The audience's pending catch-up with the selection; a button's own choice cancels it. */
let follow: ReturnType<typeof setTimeout> | undefined;

/** What a button presents: sent at once, and never overtaken by the selection's catch-up. */
function present(id: string | null, branch: boolean, chrome: boolean): Promise<boolean> {
  clearTimeout(follow);
  return presentSelection(id, branch, chrome);
}

/**
 * While presenting, the audience follows the facilitator's selection. The catch-up reads "this
 * branch" and "details" when it fires, so it never undoes a button pressed meanwhile.
 */
function useFollowSelection(s: WorkshopSession): void {
  const selected = useStore((st) => st.selectedId);
  const { id } = s.present;
  useEffect(() => {
    if (!selected || selected === id) return;
    follow = setTimeout(() => {
      const now = running(useWorkshop.getState())?.present;
      if (now && now.id !== selected) void presentSelection(selected, now.branch, now.chrome);
    }, 150);
    return () => clearTimeout(follow);
  }, [selected, id]);
}

function Agenda({ s }: { s: WorkshopSession }) {
  return (
    <ol className="ws-agenda" aria-label="Agenda">
      {s.steps.map((st) => (
        <li key={st.id} aria-current={st.position === s.step ? 'step' : undefined} className={st.position < s.step ? 'done' : ''}>
          {st.title} <span className="ws-minutes">{st.minutes} min</span>
        </li>
      ))}
    </ol>
  );
}

/** The facilitator's strip: agenda, countdown, presenting and ending the session. */
export function WorkshopBar() {
  const s = useWorkshop(running);
  if (!s) return null;
  return <Bar s={s} />;
}

function Bar({ s }: { s: WorkshopSession }) {
  useFollowSelection(s);
  const paused = s.timer.startedAt === null;
  const selected = useStore((st) => st.selectedId);
  const end = async () => {
    if (await endWorkshop()) await saveRecord();
  };
  return (
    <section className="ws-bar" aria-label="Workshop">
      <strong className="ws-title">{s.title}</strong>
      <Agenda s={s} />
      <Timer s={s} />
      <RoomStrip />
      <div className="ws-actions">
        <button type="button" className="secondary" onClick={() => void timer(paused ? 'start' : 'pause')} title="P">
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="secondary" onClick={() => void timer('add5')} title="Add 5 minutes to this step">
          +5 min
        </button>
        <button type="button" className="secondary" onClick={() => void timer('next')} disabled={s.step >= s.steps.length - 1}>
          Next step
        </button>
        <button type="button" className="secondary" onClick={() => void openAudience()} title="Open the audience view">
          Present
        </button>
        <button type="button" className="secondary" aria-pressed={s.present.branch} onClick={() => void present(selected, !s.present.branch, s.present.chrome)}>
          Present this branch
        </button>
        <button type="button" className="secondary" aria-pressed={s.present.chrome} aria-label="Show details to the room" title="Owners, periods and the coach's badges in the audience view" onClick={() => void present(s.present.id, s.present.branch, !s.present.chrome)}>
          Details
        </button>
        <button type="button" className="primary" onClick={() => void end()}>
          End session
        </button>
      </div>
    </section>
  );
}
