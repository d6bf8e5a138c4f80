import { type ClipboardEvent, type DragEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { COLUMN_LABEL, SO_WHAT, type Sticky, type StickyColumn, type WorkshopSession, dotsOn } from '../../shared/workshop';
import { returnToCanvas } from '../regions';
import { useStore } from '../store';
import { ConfidencePanel } from './ConfidencePanel';
import { STICKY_TYPE, acceptOrExplain } from './drag';
import { addDots, addStickies, answerSoWhat, moveStickies, running, useWorkshop } from './store';

/** The wall's columns, left to right; merged stickies are listed under the one they joined. */
const WALL: readonly StickyColumn[] = ['parking', 'so_what', 'candidate', 'accepted', 'shelf'];
const inColumn = (s: WorkshopSession, c: StickyColumn) => s.stickies.filter((x) => x.column === c || (c === 'accepted' && x.column === 'merged'));

const focusSticky = (id: string | null) => {
  useWorkshop.setState({ focusId: id });
  if (id) document.querySelector<HTMLElement>(`[data-sticky="${id}"]`)?.focus();
};

/** The box that captures ideas: Enter adds one, pasting several lines adds one sticky per line. */
function Capture() {
  const [text, setText] = useState('');
  // The box empties at once, so the next idea can be typed while this one is saved; a refused
  // sticky comes back into the box, before anything typed since.
  const add = async (texts: string[]) => {
    setText('');
    if (!(await addStickies(texts))) setText((typed) => [...texts, typed].filter((t) => t.trim()).join('\n'));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (text.trim()) void add([text]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.currentTarget.blur();
      returnToCanvas();
    }
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!/\n/.test(pasted.trim())) return;
    e.preventDefault();
    void add([text, pasted].filter((t) => t.trim()));
  };
  return (
    <textarea
      id="ws-capture"
      className="ws-capture"
      rows={1}
      aria-label="New sticky"
      placeholder="New sticky (N)"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    />
  );
}

function StickyNote({ sticky, s, selected }: { sticky: Sticky; s: WorkshopSession; selected: boolean }) {
  const objectives = useStore((st) => st.data.objectives);
  const reason = [...s.decisions].reverse().find((d) => d.stickyId === sticky.id)?.reason;
  const dots = dotsOn(s.tallies, sticky.id);
  const under = sticky.objectiveId ? objectives.get(objectives.get(sticky.objectiveId)?.parentId ?? '')?.title : undefined;
  const onDragStart = (e: DragEvent) => {
    const ids = selected ? useWorkshop.getState().selected : [sticky.id];
    e.dataTransfer.setData(STICKY_TYPE, JSON.stringify(ids));
    e.dataTransfer.effectAllowed = 'move';
  };
  return (
    <li>
      <button
        type="button"
        className={`sticky col-${sticky.column}`}
        data-sticky={sticky.id}
        aria-pressed={selected}
        draggable={sticky.column === 'candidate'}
        onDragStart={onDragStart}
        onFocus={() => useWorkshop.setState({ focusId: sticky.id })}
        onClick={() => useWorkshop.setState((w) => ({ selected: w.selected.includes(sticky.id) ? w.selected.filter((x) => x !== sticky.id) : [...w.selected, sticky.id] }))}
        title={reason}
      >
        <span className="sticky-text">{sticky.text}</span>
        {dots > 0 && <span className="sticky-dots" aria-label={`${dots} dot${dots === 1 ? '' : 's'}`}>{'●'.repeat(Math.min(dots, 8))}{dots > 8 ? ` ${dots}` : ''}</span>}
        {sticky.column === 'merged' && <span className="sticky-note">merged</span>}
        {sticky.column === 'accepted' && under && <span className="sticky-note">under “{under}”</span>}
        {sticky.column === 'shelf' && reason && <span className="sticky-note">{reason.replace(/^.*Yes\. /, '')}</span>}
      </button>
    </li>
  );
}

/** Keys on a focused sticky: move around, take it through the questions, accept, dot. */
function wallKeys(s: WorkshopSession) {
  return (e: KeyboardEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-sticky]');
    if (!el || e.ctrlKey || e.metaKey || e.altKey) return;
    const id = el.dataset.sticky!;
    const sticky = s.stickies.find((x) => x.id === id);
    if (!sticky) return;
    const col = WALL.indexOf(sticky.column === 'merged' ? 'accepted' : sticky.column);
    const list = inColumn(s, WALL[col]!);
    const at = list.findIndex((x) => x.id === id);
    const key = e.key.toLowerCase();
    const selected = useWorkshop.getState().selected;
    const targets = selected.includes(id) ? selected : [id];
    const q = SO_WHAT.find((x) => x.key === key);
    let handled = true;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') focusSticky(list[Math.max(0, Math.min(list.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.id ?? id);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const step = e.key === 'ArrowRight' ? 1 : -1;
      for (let c = col + step; c >= 0 && c < WALL.length; c += step) {
        const next = inColumn(s, WALL[c]!);
        if (next.length) {
          focusSticky(next[Math.min(at, next.length - 1)]!.id);
          break;
        }
      }
    } else if (e.key === 'Enter' || key === 'q' || q) {
      // Focus moves on at once, so the next key (a fast facilitator's) lands on the next sticky.
      const next = nextIn(list, at, targets);
      // The last sticky of a column keeps focus as it moves: it is drawn anew in its new column.
      if (next) focusSticky(next);
      else refocus = id;
      void (q ? answerSoWhat(targets, q.answer) : moveStickies(targets, 'so_what'));
    }
    else if (key === 'a' || key === 'm') acceptOrExplain(s, key === 'm' ? selected : targets);
    else if (e.key === '+' || e.key === '=') void addDots(id, 1);
    else if (e.key === '-') void addDots(id, -1);
    else if (e.key === 'Backspace') void moveStickies(targets, 'parking');
    else if (e.key === 'Escape') {
      if (selected.length) useWorkshop.setState({ selected: [] });
      else {
        // Zoomed out to the drawn overview there is no card to focus: the page takes the keys,
        // which act on the selected card.
        el.blur();
        returnToCanvas();
      }
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
}

/** After a sticky leaves its column, focus goes to the next one still there. */
function nextIn(list: readonly Sticky[], at: number, gone: readonly string[]): string | null {
  const rest = list.filter((x) => !gone.includes(x.id));
  return rest[Math.min(at, rest.length - 1)]?.id ?? null;
}

const HINT: Partial<Record<StickyColumn, string>> = {
  parking: 'Type, Enter adds it; paste many lines for many. Enter on a sticky: to the So What? questions',
  so_what: SO_WHAT.map((q) => `${q.key.toUpperCase()}: ${q.question.replace(/^(Is it|Does it) /, '').replace('?', '')}`).join(' · '),
  candidate: 'A: accept onto a card (or drag it there) · Space then M: merge',
  shelf: 'Rejected by the questions',
};

/** The triage wall: Parking lot → So What? → Candidate → Accepted, and the shelf for what the questions reject. */
export function TriageWall() {
  const s = useWorkshop(running);
  const selected = useWorkshop((w) => w.selected);
  const onKeyDown = wallKeys(s ?? ({ stickies: [] } as unknown as WorkshopSession));
  if (!s) return null;
  return (
    <section className="ws-wall" aria-label="Triage" onKeyDown={onKeyDown}>
      <div className="ws-columns">
        {WALL.map((c) => {
          const list = inColumn(s, c);
          return (
            <section key={c} aria-label={COLUMN_LABEL[c]} className={`ws-column col-${c}`}>
              <h2 className="ws-column-title">
                {COLUMN_LABEL[c]} <span className="count">{list.length}</span>
              </h2>
              {c === 'parking' && <Capture />}
              {HINT[c] && <p className="ws-hint">{HINT[c]}</p>}
              <ul className="ws-stickies">
                {list.map((x) => (
                  <StickyNote key={x.id} sticky={x} s={s} selected={selected.includes(x.id)} />
                ))}
              </ul>
              {c === 'candidate' && (
                <button type="button" className="secondary" disabled={selected.length < 2} onClick={() => acceptOrExplain(s, selected)}>
                  Merge into one objective
                </button>
              )}
            </section>
          );
        })}
        <ConfidencePanel s={s} />
      </div>
    </section>
  );
}

/**
 * T: focus goes back to the sticky last worked on while it still waits for a decision, else to the
 * first one waiting (parking lot, questions, candidates), else to the capture box.
 */
export function focusWall(): void {
  const id = useWorkshop.getState().focusId;
  const waiting = '.ws-wall .ws-column:is(.col-parking, .col-so_what, .col-candidate)';
  const el = (id && document.querySelector<HTMLElement>(`${waiting} [data-sticky="${id}"]`)) || document.querySelector<HTMLElement>(`${waiting} [data-sticky]`);
  (el ?? document.getElementById('ws-capture'))?.focus();
}

/** A sticky to focus again once the wall has redrawn it in its new column. */
let refocus: string | null = null;

export function useFocusKept(): void {
  const version = useWorkshop((w) => w.state?.version);
  useEffect(() => {
    const el = refocus && document.querySelector<HTMLElement>(`[data-sticky="${refocus}"]`);
    if (!el) return;
    refocus = null;
    el.focus();
  }, [version]);
}
