import { type FormEvent, useEffect, useId, useState } from 'react';
import { localDay } from '../../shared/checkins';
import { formatNumber, numberForEditing, parseNumberFor, refusalText } from '../../shared/number';
import type { CheckIn, KeyResult } from '../../shared/model';
import { addCheckIn, deleteCheckIn, editCheckIn, loadCheckIns, useCheckIns } from '../checkins';

const NO_CHECK_INS: readonly CheckIn[] = [];

interface Draft {
  value: string;
  date: string;
  note: string;
  confidence: string;
}

const draftOf = (c: CheckIn | null, kr: KeyResult): Draft =>
  c ? { value: numberForEditing(c.value), date: c.date, note: c.note, confidence: c.confidence === null ? '' : String(c.confidence) } : { value: numberForEditing(kr.current), date: localDay(), note: '', confidence: '' };

/**
 * The fields of one check-in: value, day (back-dating allowed, never the future), note and
 * confidence. Enter saves, Escape cancels; a value that cannot be read is refused in words.
 */
function CheckInForm({ kr, initial, submit, onCancel, label }: { kr: KeyResult; initial: CheckIn | null; submit(fields: { value: number; date: string; note: string; confidence: number | null }): Promise<boolean>; onCancel?: () => void; label: string }) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(initial, kr));
  const [error, setError] = useState<string | null>(null);
  const change = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const read = parseNumberFor(draft.value, kr.unit);
    if (!read.ok) return setError(refusalText(read));
    const value = read.value;
    if (!draft.date) return setError('Give the day this value was true.');
    setError(null);
    if (await submit({ value, date: draft.date, note: draft.note, confidence: draft.confidence ? Number(draft.confidence) : null })) {
      if (!initial) setDraft(draftOf(null, { ...kr, current: value }));
      onCancel?.();
    }
  };
  return (
    <form
      className="checkin-form"
      aria-label={label}
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-v`}>Value</label>
          <input id={`${id}-v`} type="text" inputMode="decimal" value={draft.value} onChange={change('value')} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-e` : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-d`}>Date</label>
          <input id={`${id}-d`} type="date" max={localDay()} value={draft.date} onChange={change('date')} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-n`}>Note</label>
          <input id={`${id}-n`} type="text" maxLength={500} value={draft.note} onChange={change('note')} />
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-c`}>Confidence</label>
          <select id={`${id}-c`} value={draft.confidence} onChange={change('confidence')}>
            <option value="">—</option>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {i + 1}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert" id={`${id}-e`}>
          {error}
        </p>
      )}
      <div className="field-row">
        <button type="submit" className="secondary">
          {initial ? 'Save check-in' : 'Add check-in'}
        </button>
        {onCancel && (
          <button type="button" className="link" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** A KR's check-ins, newest first, each editable and deletable (undoable); and a form for a new one. */
export function CheckInList({ kr }: { kr: KeyResult }) {
  const list = useCheckIns((s) => s.lists.get(kr.id) ?? NO_CHECK_INS);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    void loadCheckIns(kr.id);
  }, [kr.id]);
  const title = kr.title || 'untitled key result';
  return (
    <details className="checkins">
      <summary>Check-ins ({list.length})</summary>
      <CheckInForm kr={kr} initial={null} label={`New check-in for “${title}”`} submit={(f) => addCheckIn(kr.id, f)} />
      <ol className="checkin-list" aria-label={`Check-ins of “${title}”`} reversed>
        {[...list].reverse().map((c) =>
          editing === c.id ? (
            <li key={c.id}>
              <CheckInForm kr={kr} initial={c} label={`Check-in of ${c.date}`} submit={(f) => editCheckIn(c, f)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={c.id} className="checkin">
              <span className="checkin-date">{c.date}</span>
              <strong className="checkin-value">{formatNumber(c.value, kr.unit)}</strong>
              {c.confidence !== null && <span className="checkin-confidence" title="Confidence, 1–10">{c.confidence}/10</span>}
              {c.note && <span className="checkin-note">{c.note}</span>}
              {c.author && <span className="checkin-author">{c.author}</span>}
              <span className="checkin-actions">
                <button type="button" className="link" aria-label={`Edit the check-in of ${c.date}`} onClick={() => setEditing(c.id)}>
                  Edit
                </button>
                <button type="button" className="danger-link" aria-label={`Delete the check-in of ${c.date}`} onClick={() => void deleteCheckIn(c)}>
                  Delete
                </button>
              </span>
            </li>
          ),
        )}
      </ol>
    </details>
  );
}
