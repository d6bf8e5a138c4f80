import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { CARRY_CHOICES, type CarryChoice, type CycleInfo, type SnapshotInfo, carryBranches, planNextCycle } from '../shared/cycles';
import { NOW } from '../shared/diff';
import { api } from './api';
import { closeCycle, enterCompare, exportComparison, startNextCycle, takeSnapshot, viewSnapshot } from './history';
import { formatWhen } from './recovery';
import { useStore } from './store';

/** A modal dialog that says what went wrong inside it, and closes on Esc like the others. */
function Modal({ id, title, className, onClose, children }: { id: string; title: string; className: string; onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className}`} aria-labelledby={id} onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}

/** A form's foot: what went wrong, Cancel, and the action. */
function FormEnd({ error, onCancel, label, disabled }: { error: string | null; onCancel(): void; label: string; disabled: boolean }) {
  return (
    <>
      {error && <p role="alert" className="dialog-error">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={disabled}>
          {label}
        </button>
      </div>
    </>
  );
}

function useHistory(): { snapshots: SnapshotInfo[]; cycles: CycleInfo[] } | string | null {
  const [history, setHistory] = useState<{ snapshots: SnapshotInfo[]; cycles: CycleInfo[] } | string | null>(null);
  useEffect(() => {
    void api.listSnapshots(undefined).then((r) => setHistory(r.ok ? r.value : r.error.message));
  }, []);
  return history;
}

const stamp = () => new Date().toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "Take snapshot": asks for a name, records the plan as it is now. */
export function SnapshotDialog({ onClose }: { onClose(): void }) {
  const [name, setName] = useState(`Snapshot ${stamp()}`);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const problem = await takeSnapshot(name);
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  }
  return (
    <Modal id="snapshot-title" title="Take snapshot" className="history" onClose={onClose}>
      <p>Records the whole plan as it is now — objectives, key results and their values — so you can compare with it later.</p>
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Name</span>
          <input autoFocus value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <FormEnd error={error} onCancel={onClose} label="Take snapshot" disabled={busy || !name.trim()} />
      </form>
    </Modal>
  );
}

/** "Compare…": any two snapshots, or a snapshot and now; on the graph, or as a PDF or JSON file. */
export function CompareDialog({ onClose }: { onClose(): void }) {
  const history = useHistory();
  const snapshots = typeof history === 'object' && history ? history.snapshots : [];
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(NOW);
  const [error, setError] = useState<string | null>(typeof history === 'string' ? history : null);
  const chosenFrom = from || snapshots[snapshots.length - 1]?.name || '';
  const run = async (what: 'graph' | 'pdf' | 'json') => {
    setError(null);
    if (what === 'graph') return void ((await enterCompare(chosenFrom, to)) && onClose());
    const problem = await exportComparison(chosenFrom, to, what);
    if (problem) setError(problem);
    else onClose();
  };
  const options = (
    <>
      {[...snapshots].reverse().map((s) => (
        <option key={s.name} value={s.name}>
          {s.name} — {formatWhen(s.takenAt)}
        </option>
      ))}
    </>
  );
  return (
    <Modal id="compare-title" title="Compare" className="history" onClose={onClose}>
      {typeof history === 'string' && <p role="alert">{history}</p>}
      {history && typeof history === 'object' && snapshots.length === 0 ? (
        <p>There are no snapshots of this plan yet. Take one (Take snapshot), make your changes, then compare.</p>
      ) : (
        <>
          <p>Marks what was added, removed, moved and changed, and shows key results as before → after.</p>
          <label className="field">
            <span>From</span>
            <select value={chosenFrom} onChange={(e) => setFrom(e.target.value)}>
              {options}
            </select>
          </label>
          <label className="field">
            <span>To</span>
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={NOW}>Now (the plan as it is)</option>
              {options}
            </select>
          </label>
        </>
      )}
      {error && <p role="alert" className="dialog-error">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="secondary" disabled={!chosenFrom} onClick={() => void run('json')}>
          Export JSON
        </button>
        <button type="button" className="secondary" disabled={!chosenFrom} onClick={() => void run('pdf')}>
          Export PDF
        </button>
        <button type="button" disabled={!chosenFrom} onClick={() => void run('graph')}>
          Compare on the graph
        </button>
      </div>
    </Modal>
  );
}

const CHOICE_SHORT: Record<CarryChoice, string> = { carry: 'Carry over', reset: 'Reset', drop: 'Drop' };
const CHOICE_HELP: Record<CarryChoice, string> = {
  carry: 'unfinished key results start from their current value',
  reset: 'unfinished key results go back to their start value',
  drop: 'unfinished key results stay in the closed cycle',
};

/** One branch's choice: three radio buttons in a group named after the branch (arrow keys move within it). */
function ChoiceRow({ name, label, depth, value, onChange }: { name: string; label: string; depth: number; value: CarryChoice; onChange(v: CarryChoice): void }) {
  return (
    <fieldset className={`carry-row depth-${depth}`}>
      <legend>{label}</legend>
      {CARRY_CHOICES.map((c) => (
        <label key={c} title={CHOICE_HELP[c]}>
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} />
          {CHOICE_SHORT[c]}
        </label>
      ))}
    </fieldset>
  );
}

/** "Start next cycle": a name, and per branch what its unfinished key results do. */
function NextCycle({ current, onClose }: { current: CycleInfo; onClose(): void }) {
  const data = useStore((s) => s.data);
  const objectives = useMemo(() => [...data.objectives.values()], [data]);
  const keyResults = useMemo(() => [...data.krs.values()], [data]);
  const branches = useMemo(() => carryBranches(objectives), [objectives]);
  const [name, setName] = useState('');
  const [choices, setChoices] = useState<Record<string, CarryChoice>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choiceOf = (id: string, parentId: string | null): CarryChoice => choices[id] ?? (parentId ? (choices[parentId] ?? 'carry') : 'carry');
  const choose = (id: string, depth: number, c: CarryChoice) =>
    setChoices((old) => {
      // A top-level choice applies to the branches below it, which can then be changed one by one.
      const next = { ...old, [id]: c };
      if (depth === 0) for (const b of branches) if (b.parentId === id) delete next[b.id];
      return next;
    });
  const carry = { default: 'carry' as CarryChoice, branches: Object.fromEntries(branches.map((b) => [b.id, choiceOf(b.id, b.parentId)])) };
  const preview = useMemo(() => planNextCycle(objectives, keyResults, carry), [objectives, keyResults, JSON.stringify(carry)]);
  const counts = { carry: 0, reset: 0 };
  const byId = new Map(preview.carried.map((c) => [c.id, c.choice]));
  for (const k of preview.keyResults) {
    const c = byId.get(data.krs.get(k.id)!.objectiveId);
    if (c === 'carry' || c === 'reset') counts[c]++;
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const problem = await startNextCycle(name, carry);
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="next-cycle-title">
      <h3 id="next-cycle-title">Start the next cycle</h3>
      <p>
        “{current.name}” is closed. The next cycle starts with the same objectives; choose for each branch what its unfinished key results do.
        Finished key results stay in “{current.name}”.
      </p>
      <label className="field">
        <span>Name of the next cycle</span>
        <input autoFocus required placeholder="e.g. Q2 2027" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="carry-list" role="group" aria-label="What each branch carries over">
        {branches.map((b) => (
          <ChoiceRow key={b.id} name={`carry-${b.id}`} label={b.title || 'Untitled objective'} depth={b.depth} value={choiceOf(b.id, b.parentId)} onChange={(c) => choose(b.id, b.depth, c)} />
        ))}
      </div>
      <p className="carry-preview" aria-live="polite">
        {counts.carry} key results carried over, {counts.reset} reset, {preview.dropKeyResults.length} left in “{current.name}” (finished or dropped).
      </p>
      <FormEnd error={error} onCancel={onClose} label="Start next cycle" disabled={busy || !name.trim()} />
    </form>
  );
}

/** "Cycles…": close the current cycle, start the next, and view the closed ones. */
export function CyclesDialog({ onClose }: { onClose(): void }) {
  const history = useHistory();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (history === null) return null;
  if (typeof history === 'string') {
    return (
      <Modal id="cycles-title" title="Cycles" className="history" onClose={onClose}>
        <p role="alert">{history}</p>
      </Modal>
    );
  }
  const current = history.cycles[history.cycles.length - 1] ?? null;
  const closed = history.cycles.filter((c) => c.closedAt && c.snapshot);
  async function close(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const problem = await closeCycle(name ?? current?.name ?? '');
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  }
  return (
    <Modal id="cycles-title" title="Cycles" className="history cycles" onClose={onClose}>
      {current?.closedAt ? (
        <NextCycle current={current} onClose={onClose} />
      ) : (
        <form onSubmit={(e) => void close(e)} aria-labelledby="close-cycle-title">
          <h3 id="close-cycle-title">Close {current ? `“${current.name}”` : 'the current cycle'}</h3>
          <p>Closing records every final value and status in a snapshot and makes this cycle read-only. Then start the next cycle.</p>
          <label className="field">
            <span>Name of the cycle</span>
            <input placeholder="e.g. Q1 2027 (default: the plan’s period)" value={name ?? current?.name ?? ''} maxLength={80} onChange={(e) => setName(e.target.value)} />
          </label>
          <FormEnd error={error} onCancel={onClose} label="Close cycle" disabled={busy} />
        </form>
      )}
      {closed.length > 0 && (
        <section aria-labelledby="closed-cycles-title">
          <h3 id="closed-cycles-title">Closed cycles</h3>
          <ul className="closed-cycles">
            {closed.map((c) => (
              <li key={c.id}>
                <span>
                  {c.name} <span className="muted">closed {formatWhen(c.closedAt!)}</span>
                </span>
                <button type="button" className="secondary" aria-label={`View “${c.name}”`} onClick={() => void viewSnapshot(c.snapshot!)}>
                  View
                </button>
                <button type="button" className="secondary" aria-label={`Compare with now: “${c.name}”`} onClick={() => void enterCompare(c.snapshot!, NOW)}>
                  Compare with now
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Modal>
  );
}
