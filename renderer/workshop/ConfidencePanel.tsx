import type { KeyboardEvent } from 'react';
import { type ConfidenceRound, type WorkshopSession, histogram, spreadOf } from '../../shared/workshop';
import { shorten } from '../../shared/lineOfSight';
import { useStore } from '../store';
import { giveScore, openRound, reveal } from './store';

/** The revealed scores as bars, with the spread said in words when the room disagrees. */
export function Histogram({ round }: { round: ConfidenceRound }) {
  const scores = round.scores ?? [];
  const h = histogram(scores);
  const max = Math.max(1, ...h);
  const spread = spreadOf(scores);
  return (
    <figure className="ws-histogram">
      <figcaption>
        Confidence in “{round.subjectTitle}”: {scores.length} {scores.length === 1 ? 'person' : 'people'}
      </figcaption>
      <ol className="ws-bars" aria-label={`Scores: ${h.map((n, i) => `${i + 1}: ${n}`).join(', ')}`}>
        {h.map((n, i) => (
          <li key={i}>
            <span className="ws-bar-count">{n}</span>
            <span className={`ws-hbar score-${i + 1}`} style={{ height: `${(n / max) * 100}%` }} />
            <span className="ws-bar-label">{i + 1}</span>
          </li>
        ))}
      </ol>
      {spread && (
        <p className={`ws-spread${spread.disagree ? ' disagree' : ''}`} role={spread.disagree ? 'alert' : undefined}>
          {spread.disagree
            ? `The room disagrees: scores from ${spread.low} to ${spread.high}. Talk it through before committing.`
            : `The room broadly agrees (${spread.low === spread.high ? spread.low : `${spread.low}–${spread.high}`}).`}
        </p>
      )}
    </figure>
  );
}

/**
 * A secret confidence round (1–5) on the selected card: each key 1–5 is one more person's score,
 * hidden (only the count shows) until Reveal shows them all at once.
 */
export function ConfidencePanel({ s }: { s: WorkshopSession }) {
  const selectedId = useStore((st) => st.selectedId);
  const selectedTitle = useStore((st) => (st.selectedId ? st.data.objectives.get(st.selectedId)?.title : undefined));
  const open = s.rounds.find((r) => r.state === 'open');
  const last = [...s.rounds].reverse().find((r) => r.state === 'revealed');
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open || e.ctrlKey || e.metaKey || e.altKey) return;
    if (/^[1-5]$/.test(e.key)) void giveScore(open.id, Number(e.key));
    else if (e.key.toLowerCase() === 'v' && open.count > 0) void reveal(open.id);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <section aria-label="Confidence round" className="ws-column ws-confidence" onKeyDown={onKeyDown} tabIndex={-1} id="ws-confidence">
      <h2 className="ws-column-title">Confidence</h2>
      {open ? (
        <>
          <p className="ws-hint">
            On “{open.subjectTitle}”. Keys 1–5: one person’s score each, kept hidden. V reveals them all.
          </p>
          <p className="ws-count" aria-live="polite">
            {open.count} score{open.count === 1 ? '' : 's'} in (hidden)
          </p>
          <div className="ws-scores">
            {[1, 2, 3, 4, 5].map((n) => (
              <button key={n} type="button" className="secondary" onClick={() => void giveScore(open.id, n)} aria-label={`Score ${n}`}>
                {n}
              </button>
            ))}
          </div>
          <button type="button" className="primary" onClick={() => void reveal(open.id)} disabled={open.count === 0}>
            Reveal
          </button>
        </>
      ) : (
        <>
          {last && <Histogram round={last} />}
          <button type="button" className="secondary" disabled={!selectedId} onClick={() => selectedId && void openRound(selectedId).then((ok) => ok && document.getElementById('ws-confidence')?.focus())}>
            Start a round on “{shorten(selectedTitle ?? 'the selected card', 40)}” (R)
          </button>
        </>
      )}
    </section>
  );
}
