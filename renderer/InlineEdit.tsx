import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { parseNumberFor, refusalText } from '../shared/number';

interface Props {
  /** The accessible name of the text box (for a KR value: the KR's title). */
  label: string;
  initial: string;
  numeric?: boolean;
  /** For a numeric box, the unit its value is measured in ('' none): a different unit typed is refused. */
  unit?: string;
  className?: string;
  placeholder?: string;
  /** Text typed before the box appeared, appended to `initial` when it mounts. */
  typed?: () => string;
  /**
   * Close as soon as the value is valid, without waiting for the commit: the store paints it at
   * once and puts the old value back (with the reason) if the write fails.
   */
  optimistic?: boolean;
  /** Writes the value; resolves true once it is committed on disk. */
  onCommit(value: string | number): Promise<boolean>;
  onDone(committed: boolean): void;
}

/**
 * A text box that replaces a value in place. Enter commits, Escape cancels, leaving the box commits
 * a valid change. A value that cannot be read as a number is refused with the reason shown and nothing is written.
 */
export function InlineEdit({ label, initial, numeric = false, unit = '', className = '', placeholder, typed, optimistic = false, onCommit, onDone }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const finished = useRef(false);

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    const typedAhead = typed?.() ?? '';
    // An Enter pressed before the box appeared (a line break at the end) commits what was typed.
    const enter = typedAhead.endsWith('\n');
    const ahead = enter ? typedAhead.slice(0, -1) : typedAhead;
    if (!ahead) return input.select();
    // Keep what was typed before the box appeared, with the caret after it.
    // Written to the box at once, not just to state: the next key may arrive before React renders.
    const value = initial + ahead;
    input.value = value;
    input.setSelectionRange(value.length, value.length);
    setText(value);
    if (enter) void commit(value);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- only when the box appears

  async function commit(typedText = text): Promise<void> {
    if (saving || finished.current) return;
    let value: string | number = typedText;
    if (numeric) {
      // Read in the user's locale; a refusal (not a number, "1,5" that could be 1.5 or 15, another
      // unit) is shown under the box and nothing is written.
      const parsed = parseNumberFor(typedText, unit);
      if (!parsed.ok) return setError(refusalText(parsed));
      value = parsed.value;
    }
    if (typedText === initial) return finish(false);
    if (optimistic) {
      void onCommit(value);
      return finish(true);
    }
    setSaving(true);
    const ok = await onCommit(value);
    setSaving(false);
    if (ok) finish(true);
  }

  function finish(committed: boolean): void {
    if (finished.current) return;
    finished.current = true;
    onDone(committed);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    // Keys typed here belong to the text box, never to the card or the canvas behind it.
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  }

  return (
    <span className={`inline-edit ${className}`}>
      <input
        ref={ref}
        className="nodrag nopan nowheel"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        aria-busy={saving}
        readOnly={saving}
        inputMode={numeric ? 'decimal' : 'text'}
        placeholder={placeholder}
        value={text}
        maxLength={numeric ? 40 : 500}
        spellCheck={!numeric}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (numeric && !parseNumberFor(text, unit).ok) finish(false);
          else void commit();
        }}
      />
      {error && (
        <span id={errorId} role="alert" className="inline-error">
          {error}
        </span>
      )}
    </span>
  );
}
