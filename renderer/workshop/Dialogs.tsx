import { useEffect, useMemo, useRef, useState } from 'react';
import { AGENDA_TEMPLATES } from '../../shared/workshop';
import { shorten } from '../../shared/lineOfSight';
import { ROOT } from '../../shared/tree';
import { useStore } from '../store';
import { saveRecord } from './record';
import { acceptOnto, startWorkshop, useWorkshop } from './store';

function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return ref;
}

/** Start a workshop from an agenda template (W). */
export function StartDialog() {
  const ref = useModal();
  const [template, setTemplate] = useState(AGENDA_TEMPLATES[0]!.name);
  const last = useWorkshop((w) => (w.state?.session?.state === 'ended' ? w.state.session : null));
  const close = () => useWorkshop.setState({ starting: false });
  const steps = AGENDA_TEMPLATES.find((t) => t.name === template)!.steps;
  return (
    <dialog ref={ref} className="dialog" aria-label="Start a workshop" onCancel={close}>
      <h2>Start a workshop</h2>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void startWorkshop(template);
        }}
      >
        <div className="field">
          <label htmlFor="ws-template">Agenda template</label>
          <select id="ws-template" value={template} onChange={(e) => setTemplate(e.target.value)} autoFocus>
            {AGENDA_TEMPLATES.map((t) => (
              <option key={t.name}>{t.name}</option>
            ))}
          </select>
        </div>
        <ol className="ws-template-steps">
          {steps.map(([title, minutes]) => (
            <li key={title}>
              {title} — {minutes} min
            </li>
          ))}
        </ol>
        <div className="dialog-actions">
          {last && (
            <button type="button" className="secondary" onClick={() => void saveRecord()}>
              Record of “{last.title}”
            </button>
          )}
          <button type="button" className="secondary" onClick={close}>
            Cancel
          </button>
          <button type="submit">Start session</button>
        </div>
      </form>
    </dialog>
  );
}

/** Accept stickies onto a card: the keyboard's way to do what dragging onto a card does. */
export function AcceptDialog({ ids }: { ids: string[] }) {
  const ref = useModal();
  const data = useStore((s) => s.data);
  const selectedId = useStore((s) => s.selectedId);
  const all = useWorkshop((w) => w.state?.session?.stickies);
  const stickies = (all ?? []).filter((x) => ids.includes(x.id));
  const cards = useMemo(() => {
    const out: { id: string; label: string }[] = [];
    const walk = (parent: string, depth: number) => {
      for (const id of data.childIds.get(parent) ?? []) {
        out.push({ id, label: `${'— '.repeat(depth)}${data.objectives.get(id)?.title || 'Untitled'}` });
        walk(id, depth + 1);
      }
    };
    walk(ROOT, 0);
    return out;
  }, [data]);
  const [parent, setParent] = useState(selectedId && cards.some((c) => c.id === selectedId) ? selectedId : (cards[0]?.id ?? ''));
  const close = () => useWorkshop.setState({ accepting: null });
  const merge = ids.length > 1;
  return (
    <dialog ref={ref} className="dialog" aria-label={merge ? 'Merge into one objective' : 'Accept onto a card'} onCancel={close}>
      <h2>{merge ? `Merge ${ids.length} stickies into one objective` : 'Accept onto a card'}</h2>
      <ul className="ws-accepting">
        {stickies.map((x) => (
          <li key={x.id}>{x.text}</li>
        ))}
      </ul>
      {merge && <p className="panel-intro">The first sticky becomes the title; every sticky’s text is kept as its description.</p>}
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (parent) void acceptOnto(ids, parent);
        }}
      >
        <div className="field">
          <label htmlFor="ws-parent">Child of</label>
          <select id="ws-parent" value={parent} onChange={(e) => setParent(e.target.value)} autoFocus>
            {cards.map((c) => (
              <option key={c.id} value={c.id}>
                {shorten(c.label, 90)}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={close}>
            Cancel
          </button>
          <button type="submit">{merge ? 'Merge into one objective' : 'Accept'}</button>
        </div>
      </form>
    </dialog>
  );
}
