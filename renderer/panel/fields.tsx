import { type ReactNode, useEffect, useId, useState } from 'react';
import { numberForEditing, parseNumberFor, refusalText } from '../../shared/number';

interface FieldProps<T> {
  label: string;
  value: T;
  onCommit(value: T): Promise<boolean> | void;
  hint?: ReactNode;
  disabled?: boolean;
}

function Row({ id, label, hint, error, children }: { id: string; label: string; hint?: ReactNode; error?: string | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span className="field-error" role="alert" id={`${id}-err`}>
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}

/** A text field that writes when you leave it or press Enter; Escape puts the saved value back. */
export function TextField({ label, value, onCommit, hint, multiline = false, maxLength = 500, disabled }: FieldProps<string> & { multiline?: boolean; maxLength?: number }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) void onCommit(text);
  };
  const props = {
    id,
    value: text,
    maxLength,
    disabled,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      // Escape with nothing to put back leaves the panel for the card (the side panel listens).
      if (e.key === 'Escape' && text === value) return;
      e.stopPropagation();
      if (e.key === 'Escape') setText(value);
      if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        commit();
      }
    },
  };
  return (
    <Row id={id} label={label} hint={hint}>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </Row>
  );
}

/**
 * A number field, read in the user's locale. `unit` is what the value is measured in ('' none); left
 * out, the value is a plain number (a weight, a year) and typing a unit is refused.
 */
export function NumberField({ label, value, onCommit, hint, disabled, unit = null }: FieldProps<number> & { unit?: string | null }) {
  const id = useId();
  const shown = numberForEditing(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const n = parseNumberFor(text, unit);
    if (!n.ok) return setError(refusalText(n));
    setError(null);
    if (n.value !== value) void onCommit(n.value);
  };
  return (
    <Row id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text === shown && error === null) return;
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(shown);
            setError(null);
          }
        }}
      />
    </Row>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onCommit,
  hint,
  disabled,
}: FieldProps<T> & { options: ReadonlyArray<readonly [T, string]> }) {
  const id = useId();
  return (
    <Row id={id} label={label} hint={hint}>
      <select id={id} value={value} disabled={disabled} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => void onCommit(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Row>
  );
}

export function DateField({ label, value, onCommit, hint }: FieldProps<string>) {
  const id = useId();
  return (
    <Row id={id} label={label} hint={hint}>
      <input id={id} type="date" value={value} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => void onCommit(e.target.value)} />
    </Row>
  );
}
