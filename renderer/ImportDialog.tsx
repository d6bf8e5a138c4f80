import { useEffect, useMemo, useRef, useState } from 'react';
import { proposeGateAnswer } from '../shared/coach';
import { formatNumber } from '../shared/number';
import {
  OUTLINE_CONVENTIONS,
  detectFormat,
  readImport,
  type ImportFormat,
  type ImportResult,
  type OutlineConventions,
} from '../shared/formats';
import type { GateAnswer, KeyResult, Level, Objective } from '../shared/model';
import { LEVEL_LABEL, LEVELS } from '../shared/vocabulary';
import { GATE_LABEL } from './panel/Inspector';
import { importObjectives, useStore } from './store';

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

const CHOICES: GateAnswer[] = ['strategic', 'compliance', 'job_requirement', 'health_metric'];
const ALL_ON: OutlineConventions = { rolePrefix: true, sentences: true, numbers: true };
/** What each convention shaped, in the words of its toggle. */
const USED_WORD: Record<keyof OutlineConventions, string> = { rolePrefix: 'owner', sentences: 'objective', numbers: 'key result' };

/** A key result as the preview shows it: "Grow pipeline — $18m → $26m", with where it stands when that moved. */
const krLine = (k: KeyResult): string =>
  `${k.title} — ${[k.start, ...(k.current !== k.start ? [k.current] : []), k.target].map((v) => formatNumber(v, k.unit)).join(' → ')}`;

/** Pre-order with depth, for an indented preview. */
function outline(objectives: readonly Objective[]): Array<{ o: Objective; depth: number; hasChildren: boolean }> {
  const ids = new Set(objectives.map((o) => o.id));
  const kids = new Map<string, Objective[]>();
  const roots: Objective[] = [];
  for (const o of objectives) {
    if (o.parentId && ids.has(o.parentId)) (kids.get(o.parentId) ?? kids.set(o.parentId, []).get(o.parentId)!).push(o);
    else roots.push(o);
  }
  const out: Array<{ o: Objective; depth: number; hasChildren: boolean }> = [];
  const stack = roots.map((o) => ({ o, depth: 0 })).reverse();
  while (stack.length) {
    const { o, depth } = stack.pop()!;
    const c = kids.get(o.id) ?? [];
    out.push({ o, depth, hasChildren: c.length > 0 });
    for (let i = c.length - 1; i >= 0; i--) stack.push({ o: c[i]!, depth: depth + 1 });
  }
  return out;
}

/**
 * Import from JSON, CSV or a Markdown outline (a file, or pasted text): a preview with every error
 * per row first, the "So What?" answer proposed for each objective, and nothing written until the
 * user confirms.
 */
export function ImportDialog({ initialText, onClose }: { initialText?: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const selected = useStore((s) => (s.selectedId ? s.data.objectives.get(s.selectedId) : undefined));
  const [source, setSource] = useState<{ name: string; bytes: Uint8Array; format: ImportFormat } | null>(() => {
    if (!initialText) return null;
    const bytes = new TextEncoder().encode(initialText);
    return { name: 'pasted text', bytes, format: detectFormat('', bytes) };
  });
  const [under, setUnder] = useState<'top' | 'selected'>(initialText && selected ? 'selected' : 'top');
  const [answers, setAnswers] = useState<Record<string, GateAnswer>>({});
  const [conventions, setConventions] = useState<OutlineConventions>(ALL_ON);
  const [parsed, setParsed] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  // Re-read whenever the file or a convention changes; a late answer for an older choice is dropped.
  useEffect(() => {
    if (!source) return;
    let current = true;
    void readImport(source.bytes, source.format, () => import('exceljs'), { conventions }).then((r) => {
      if (current) setParsed(r);
    });
    return () => {
      current = false;
    };
  }, [source, conventions]);

  const rows = useMemo(() => (parsed ? outline(parsed.objectives) : []), [parsed]);
  // The questions are asked of every objective that enters the plan: proposed here, per row.
  const proposed = useMemo(() => {
    const p: Record<string, GateAnswer> = {};
    for (const { o, hasChildren } of rows) {
      if (o.gate !== 'unanswered') p[o.id] = o.gate;
      else p[o.id] = hasChildren ? 'strategic' : proposeGateAnswer(o.title);
    }
    return p;
  }, [rows]);
  const answerOf = (id: string) => answers[id] ?? proposed[id] ?? 'strategic';
  const parent = under === 'selected' ? selected : undefined;
  // Under an objective, the import's top level becomes the level below it, and so on down.
  const depthOf = useMemo(() => new Map(rows.map((r) => [r.o.id, r.depth])), [rows]);
  const levelOf = (o: Objective): Level => (parent ? LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(parent.level) + 1 + (depthOf.get(o.id) ?? 0))]! : o.level);
  const krsOf = useMemo(() => {
    const m = new Map<string, KeyResult[]>();
    for (const k of parsed?.keyResults ?? []) (m.get(k.objectiveId) ?? m.set(k.objectiveId, []).get(k.objectiveId)!).push(k);
    return m;
  }, [parsed]);
  // Warnings shown on the row they concern (outlines know each item's line).
  const notesOf = useMemo(() => {
    const byLine = new Map<number, string[]>();
    for (const w of parsed?.warnings ?? []) (byLine.get(w.line) ?? byLine.set(w.line, []).get(w.line)!).push(w.message.replace(/^(Line|Row) \d+: /, ''));
    return (id: string) => byLine.get(parsed?.origins?.[id] ?? -1) ?? [];
  }, [parsed]);
  const used = parsed?.conventionsUsed;
  const canImport = parsed !== null && parsed.errors.length === 0 && parsed.objectives.length > 0 && !busy;

  async function readFile(file: File): Promise<void> {
    setReadError(null);
    if (file.size > 50 * 1024 * 1024) return setReadError(`“${file.name}” is larger than 50 MB; nothing was read.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    setParsed(null);
    setConventions(ALL_ON);
    setSource({ name: file.name, bytes, format: detectFormat(file.name, bytes) });
    setAnswers({});
  }

  async function confirm(): Promise<void> {
    if (!parsed) return;
    setBusy(true);
    const ok = await importObjectives({
      parentId: under === 'selected' && selected ? selected.id : null,
      objectives: parsed.objectives.map((o) => ({ ...o, level: levelOf(o), gate: answerOf(o.id) })),
      keyResults: parsed.keyResults,
      dismissals: parsed.dismissals,
    });
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <dialog ref={ref} className="dialog import" aria-labelledby="import-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="import-title">Import</h2>
      <div className="field">
        <label htmlFor="import-file">File (Markdown outline, CSV, Excel, JSON or OPML)</label>
        <input id="import-file" type="file" accept=".md,.markdown,.txt,.csv,.tsv,.xlsx,.json,.opml,.xml" onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])} />
      </div>
      {readError && <p role="alert" className="field-error">{readError}</p>}
      {parsed && source && (
        <>
          <p className="import-summary" role="status">
            {source.name}: {plural(parsed.objectives.length, 'objective')}, {plural(parsed.keyResults.length, 'key result')}
            {parsed.errors.length > 0 && ` — ${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}; fix the file and choose it again`}
          </p>
          {used && (
            <fieldset className="import-conventions">
              <legend>Read the outline’s conventions</legend>
              {OUTLINE_CONVENTIONS.map(({ key, label }) => (
                <label key={key}>
                  <input
                    type="checkbox"
                    checked={conventions[key]}
                    onChange={(e) => setConventions({ ...conventions, [key]: e.target.checked })}
                  />
                  {label}
                  <span className="field-hint"> {conventions[key] ? `(${plural(used[key], USED_WORD[key])})` : '(off)'}</span>
                </label>
              ))}
            </fieldset>
          )}
          {parsed.errors.length > 0 && (
            <ul className="import-issues errors" aria-label="Errors">
              {parsed.errors.map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          )}
          {parsed.warnings.length > 0 && (
            <details className="import-issues">
              <summary>{plural(parsed.warnings.length, 'note')} on what was guessed or ignored</summary>
              <ul>
                {parsed.warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </details>
          )}
          {parsed.errors.length === 0 && rows.length > 0 && (
            <div className="import-preview">
              <table>
                <colgroup>
                  {/* The last column fits its longest answer, "Drives a strategic outcome", at 1280 px. */}
                  <col style={{ width: '33%' }} />
                  <col style={{ width: '12%' }} />
                  <col style={{ width: '34%' }} />
                  <col style={{ width: '21%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Objective</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Key results</th>
                    <th scope="col">So what?</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, 300).map(({ o, depth, hasChildren }) => (
                    <tr key={o.id}>
                      <td style={{ paddingLeft: 8 + depth * 16 }}>
                        <span className="import-level">{LEVEL_LABEL[levelOf(o)]}</span> {o.title || 'Untitled'}
                        {notesOf(o.id).map((n, i) => (
                          <span key={i} className="import-row-note">
                            ⚠ {n}
                          </span>
                        ))}
                      </td>
                      <td>{o.owner}</td>
                      <td>
                        {(krsOf.get(o.id) ?? []).length > 0 && (
                          <ul className="import-krs" aria-label={`Key results of “${o.title}”`}>
                            {(krsOf.get(o.id) ?? []).map((k) => (
                              <li key={k.id}>{krLine(k)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <select
                          aria-label={`So what? for “${o.title}”`}
                          value={answerOf(o.id)}
                          disabled={hasChildren}
                          title={hasChildren ? 'Objectives with objectives below them stay in the cascade' : undefined}
                          onChange={(e) => setAnswers({ ...answers, [o.id]: e.target.value as GateAnswer })}
                        >
                          {CHOICES.map((c) => (
                            <option key={c} value={c}>
                              {GATE_LABEL[c]}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > 300 && <p className="field-hint">…and {rows.length - 300} more, imported as proposed.</p>}
            </div>
          )}
          <div className="field">
            <label htmlFor="import-under">Put them</label>
            <select id="import-under" value={under} onChange={(e) => setUnder(e.target.value as typeof under)}>
              <option value="top">At the top level</option>
              <option value="selected" disabled={!selected}>
                {selected ? `Under “${selected.title}”` : 'Under the selected objective'}
              </option>
            </select>
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!canImport} onClick={() => void confirm()}>
          {busy ? 'Importing…' : parsed ? `Import ${parsed.objectives.length} objectives` : 'Import'}
        </button>
      </div>
    </dialog>
  );
}
