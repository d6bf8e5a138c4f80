import { useEffect, useRef, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat, PAPERS } from '../shared/vocabulary';
import { api } from './api';
import { useStore } from './store';
import { currentView } from './viewport';

const FORMAT_LABEL: Record<ExportFormat, string> = {
  pdf: 'PDF — for printing and decks',
  png: 'PNG image (2×)',
  svg: 'SVG vector image',
  csv: 'CSV — for Excel and LibreOffice',
  xlsx: 'Excel workbook (.xlsx)',
  json: 'JSON — lossless, for re-import',
  md: 'Markdown outline',
  opml: 'OPML — for mind-map tools',
};

interface Progress {
  done: number;
  total: number;
}

const SHEET_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8];

/** How many poster sheets across or down. */
function SheetCount(props: { id: string; label: string; value: number; onChange(n: number): void; disabled: boolean }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))} disabled={props.disabled}>
        {SHEET_COUNTS.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
    </div>
  );
}

/** File › Export…: format, paper, orientation, scope and appendices, with progress and cancel. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const focusId = useStore((s) => s.focusId);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [paper, setPaper] = useState<(typeof PAPERS)[number]>('A4');
  const [landscape, setLandscape] = useState(true);
  const [mode, setMode] = useState<'auto' | 'fit' | 'atlas' | 'poster'>('auto');
  const [cols, setCols] = useState(3);
  const [rows, setRows] = useState(2);
  const [scope, setScope] = useState<'plan' | 'focus'>(focusId ? 'focus' : 'plan');
  const [area, setArea] = useState<'tree' | 'view'>('tree');
  const [shelf, setShelf] = useState(false);
  const [findings, setFindings] = useState(false);
  const [openAfter, setOpenAfter] = useState(true);
  const [job, setJob] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string; tooLarge?: boolean } | null>(null);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  useEffect(() => {
    if (!job) return;
    const timer = setInterval(() => {
      void api.exportProgress({ jobId: job }).then((r) => r.ok && r.value && setProgress(r.value));
    }, 150);
    return () => clearInterval(timer);
  }, [job]);

  async function run(): Promise<void> {
    const jobId = crypto.randomUUID();
    setJob(jobId);
    setProgress(null);
    setMessage(null);
    const result = await api.exportPlan({
      jobId,
      format,
      paper,
      landscape,
      mode,
      sheets: { cols, rows },
      focusId: scope === 'focus' ? focusId : null,
      aspect: useStore.getState().layout?.aspect ?? null,
      view: (format === 'png' || format === 'svg') && area === 'view' ? (currentView.read?.() ?? null) : null,
      appendices: { shelf, findings },
    });
    setJob(null);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.error.message, tooLarge: result.error.code === 'too-large' });
      return;
    }
    const saved = await api.saveExport({ jobId, fileName: result.value.fileName, open: openAfter });
    if (!saved.ok) return setMessage({ tone: 'error', text: saved.error.message });
    if (saved.value.saved === null) return setMessage({ tone: 'info', text: 'Not saved.' });
    useStore.setState({ notice: `Exported ${saved.value.saved}${result.value.pages ? ` (${result.value.pages} pages)` : ''}.${result.value.notice ? ` ${result.value.notice}` : ''}` });
    onClose();
  }

  const busy = job !== null;
  const pct = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : null;
  const visual = format === 'png' || format === 'svg';
  return (
    <dialog ref={ref} className="dialog export" aria-labelledby="export-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="export-title">Export</h2>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <div className="field">
          <label htmlFor="export-format">Format</label>
          <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={busy}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </div>
        {format === 'pdf' && (
          <>
            <div className="field-row">
              <div className="field">
                <label htmlFor="export-paper">Paper</label>
                <select id="export-paper" value={paper} onChange={(e) => setPaper(e.target.value as typeof paper)} disabled={busy}>
                  {PAPERS.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="export-orientation">Orientation</label>
                <select id="export-orientation" value={landscape ? 'landscape' : 'portrait'} onChange={(e) => setLandscape(e.target.value === 'landscape')} disabled={busy}>
                  <option value="landscape">Landscape</option>
                  <option value="portrait">Portrait</option>
                </select>
              </div>
            </div>
            <div className="field">
              <label htmlFor="export-mode">Layout</label>
              <select id="export-mode" value={mode} onChange={(e) => setMode(e.target.value as typeof mode)} disabled={busy}>
                <option value="auto">One page, or an atlas when text would be smaller than 6 pt</option>
                <option value="fit">Fit to one page</option>
                <option value="atlas">Atlas: overview, then pages per Strategic Bridge</option>
                <option value="poster">Wall poster: the one-page drawing across several sheets</option>
              </select>
            </div>
            {mode === 'poster' && (
              <>
                <div className="field-row">
                  <SheetCount id="export-cols" label="Sheets across" value={cols} onChange={setCols} disabled={busy} />
                  <SheetCount id="export-rows" label="Sheets down" value={rows} onChange={setRows} disabled={busy} />
                </div>
                <p className="field-hint">
                  {cols * rows} sheets of {paper} with crop and registration marks; neighbouring sheets overlap by a glue strip.
                </p>
              </>
            )}
            <fieldset className="checks">
              <legend>Appendices</legend>
              <label>
                <input type="checkbox" checked={shelf} onChange={(e) => setShelf(e.target.checked)} disabled={busy} /> Health &amp; Hygiene shelf
              </label>
              <label>
                <input type="checkbox" checked={findings} onChange={(e) => setFindings(e.target.checked)} disabled={busy} /> Coach findings
              </label>
            </fieldset>
          </>
        )}
        {visual && (
          <div className="field">
            <label htmlFor="export-area">Area</label>
            <select id="export-area" value={area} onChange={(e) => setArea(e.target.value as typeof area)} disabled={busy}>
              <option value="tree">The whole tree</option>
              <option value="view">The current view</option>
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="export-scope">Scope</label>
          <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)} disabled={busy || !focusId}>
            <option value="plan">Whole plan</option>
            <option value="focus" disabled={!focusId}>
              Focused branch
            </option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={openAfter} onChange={(e) => setOpenAfter(e.target.checked)} disabled={busy} /> Open after export
        </label>
        {busy && (
          <div className="export-progress">
            <span role="progressbar" aria-label="Export progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct ?? undefined} className="progress">
              <span className="progress-fill" style={{ width: `${pct ?? 5}%` }} />
            </span>
            <span>{pct === null ? 'Preparing…' : `${pct}%`}</span>
          </div>
        )}
        {message && (
          <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'field-error' : 'field-hint'}>
            {message.text}
          </p>
        )}
        {message?.tooLarge && (
          <p className="gate-actions">
            <button type="button" className="secondary" onClick={() => (setFormat('pdf'), setMode('atlas'), setMessage(null))}>
              Use the PDF atlas
            </button>
            <button type="button" className="secondary" onClick={() => (setFormat('svg'), setMessage(null))}>
              Use SVG
            </button>
          </p>
        )}
        <div className="dialog-actions">
          {busy ? (
            <button type="button" className="secondary" onClick={() => job && void api.cancelExport({ jobId: job })}>
              Cancel export
            </button>
          ) : (
            <button type="button" className="secondary" onClick={onClose}>
              Close
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
