import { useEffect, useId, useRef, useState } from 'react';
import { parseCheckInLine } from '../shared/checkins';
import { formatNumber, refusalText } from '../shared/number';
import { addCheckIn, leaveCheckInMode, nextInMode, setModeDays, trendOf, useCheckIns } from './checkins';
import { useStore } from './store';

/**
 * Check-in mode: every KR of the branch with no check-in for N days, one after the other, from the
 * keyboard. One line holds the value and a note ("42 shipped the beta"); Enter saves and moves on,
 * an empty Enter skips, Escape leaves.
 */
export function CheckInModeDialog() {
  const mode = useCheckIns((s) => s.mode);
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [line, setLine] = useState('');
  const [error, setError] = useState<string | null>(null);
  const krId = mode ? mode.queue[mode.index] : undefined;
  const kr = useStore((s) => (krId ? s.data.krs.get(krId) : undefined));
  const objective = useStore((s) => (kr ? s.data.objectives.get(kr.objectiveId) : undefined));
  const branch = useStore((s) => (mode ? s.data.objectives.get(mode.rootId)?.title : undefined));
  const last = useCheckIns((s) => (krId ? trendOf(s, krId).at(-1) : undefined));

  useEffect(() => {
    if (mode && !ref.current?.open) ref.current?.showModal();
  }, [mode]);
  useEffect(() => {
    setLine('');
    setError(null);
    input.current?.focus();
  }, [krId]);

  if (!mode) return null;
  const done = mode.index >= mode.queue.length;

  async function onEnter(): Promise<void> {
    if (!kr) return;
    if (!line.trim()) return nextInMode(false);
    const parsed = parseCheckInLine(line, kr.unit);
    if (!parsed.ok) return setError(`Start with the value, then the note: for example “42 shipped the beta”. ${refusalText(parsed)}`);
    if (await addCheckIn(kr.id, { value: parsed.value, ...(parsed.note ? { note: parsed.note } : {}) })) nextInMode(true);
  }

  return (
    <dialog
      ref={ref}
      className="dialog checkin-mode"
      aria-labelledby={`${id}-title`}
      onClose={leaveCheckInMode}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={`${id}-title`}>Check-in mode</h2>
      <p className="step">
        “{branch ?? ''}” ·{' '}
        <label>
          no check-in for{' '}
          <input
            type="number"
            min={0}
            max={365}
            value={mode.days}
            aria-label="Days without a check-in"
            onChange={(e) => setModeDays(Math.max(0, Math.min(365, Number(e.target.value) || 0)))}
            style={{ width: '4em' }}
          />{' '}
          days
        </label>
      </p>
      {done ? (
        <>
          <p role="status">
            {mode.queue.length === 0
              ? `Every key result here has a check-in from the last ${mode.days} days.`
              : `Done: ${mode.saved} of ${mode.queue.length} key results checked in.`}
          </p>
          <form method="dialog" className="dialog-actions">
            <button type="submit" autoFocus>
              Close
            </button>
          </form>
        </>
      ) : (
        kr && (
          <>
            <p className="step" aria-live="polite">
              Key result {mode.index + 1} of {mode.queue.length}
            </p>
            <p className="kr-line">{objective?.title || 'Untitled objective'}</p>
            <p className="kr-name">{kr.title || 'Untitled key result'}</p>
            <p className="kr-line">
              Now {formatNumber(kr.current, kr.unit)} of {formatNumber(kr.target, kr.unit)}
              {last ? ` · last check-in ${last.date}` : ' · never checked in'}
            </p>
            <label htmlFor={`${id}-line`} className="visually-hidden">
              Value and note
            </label>
            <input
              ref={input}
              id={`${id}-line`}
              className="line-input"
              type="text"
              autoComplete="off"
              placeholder="42 shipped the beta"
              value={line}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help${error ? ` ${id}-err` : ''}`}
              onChange={(e) => setLine(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void onEnter();
                }
              }}
            />
            <p className="field-hint" id={`${id}-help`}>
              Value, then a note. Enter saves and goes on; Enter on an empty line skips; Esc leaves.
            </p>
            {error && (
              <p className="field-error" role="alert" id={`${id}-err`}>
                {error}
              </p>
            )}
          </>
        )
      )}
    </dialog>
  );
}
