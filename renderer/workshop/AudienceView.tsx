import { useEffect, useMemo, useState } from 'react';
import type { WordVectors } from '../../shared/coach';
import { formatNumber } from '../../shared/number';
import { LEVEL_LABEL } from '../../shared/vocabulary';
import { krProgress, percent } from '../../shared/progress';
import { ROOT } from '../../shared/tree';
import { clock, remainingMs } from '../../shared/workshop';
import { computeFindings, loadWordVectors } from '../findings';
import { preorderIds } from '../planData';
import { loadPlan, useStore } from '../store';
import { Histogram } from './ConfidencePanel';
import { AudienceJoin } from './Room';
import { presentSelection, useWorkshop } from './store';
import { watchWorkshop } from './sync';

const EMPTY: string[] = [];

function Card({ id, big, chrome, badges }: { id: string; big: boolean; chrome: boolean; badges: Map<string, string[]> }) {
  const o = useStore((s) => s.data.objectives.get(id));
  const krIds = useStore((s) => s.data.krIds.get(id) ?? EMPTY);
  const krs = useStore((s) => s.data.krs);
  const rollup = useStore((s) => s.rollup.get(id) ?? null);
  if (!o) return null;
  return (
    <article className={`aud-card level-${o.level}${big ? ' big' : ''}`} aria-label={o.title || 'Untitled'}>
      <p className="aud-level">
        {LEVEL_LABEL[o.level]} · {percent(rollup)}
      </p>
      <h2 className="aud-title">{o.title || 'Untitled'}</h2>
      {chrome && (o.owner || o.period) && <p className="aud-meta">{[o.owner, o.period].filter(Boolean).join(' · ')}</p>}
      {chrome && (badges.get(id)?.length ?? 0) > 0 && <p className="aud-badges">{badges.get(id)!.join(' · ')}</p>}
      <ul className="aud-krs">
        {krIds.map((k) => {
          const kr = krs.get(k)!;
          const p = krProgress(kr);
          return (
            <li key={k} className="aud-kr">
              <span className="aud-kr-title">{kr.title || 'Key result'}</span>
              <span className="aud-kr-value">
                <span className="aud-kr-now">{formatNumber(kr.current, kr.unit)}</span> <span className="aud-kr-target">of {formatNumber(kr.target, kr.unit)}</span>
              </span>
              <span className="aud-track" aria-hidden="true">
                <span style={{ width: `${Math.round(p * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </article>
  );
}

function AudienceTimer() {
  const s = useWorkshop((w) => w.state?.session ?? null);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  if (!s || s.state !== 'running') return null;
  return (
    <section aria-label="Timer" className="aud-timer">
      {s.steps[s.step]?.title} · {clock(remainingMs(s.timer, now))}
    </section>
  );
}

/**
 * The audience view (projector or second tab): the facilitator's selection in large, high-contrast
 * type, no editing chrome, coach badges only when the facilitator shows details. In "present this
 * branch", ← and → step through the cascade's branches like slides.
 */
export function AudienceView() {
  const phase = useStore((s) => s.phase);
  const data = useStore((s) => s.data);
  const session = useWorkshop((w) => w.state?.session ?? null);
  // Badges need the coach's word vectors; until they load (or if they cannot), none are shown.
  const [vectors, setVectors] = useState<WordVectors | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadWordVectors().then((v) => live && setVectors(v));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    document.documentElement.classList.add('audience');
    return watchWorkshop((state) => {
      useWorkshop.setState({ state });
      // Any write (an accepted sticky, an edited value) shows: the plan is read again.
      void loadPlan();
    });
  }, []);
  const present = session?.present ?? { id: null, branch: false, chrome: false };
  const slides = useMemo(() => preorderIds(data, ROOT).filter((id) => (data.childIds.get(id)?.length ?? 0) > 0 || data.objectives.get(id)?.parentId === null), [data]);
  const id = present.id && data.objectives.has(present.id) ? present.id : (data.childIds.get(ROOT)?.[0] ?? null);
  const badges = useMemo(() => {
    const m = new Map<string, string[]>();
    if (!present.chrome || vectors === undefined) return m;
    for (const f of computeFindings(data, vectors)) (m.get(f.objectiveId) ?? m.set(f.objectiveId, []).get(f.objectiveId)!).push(f.code);
    return m;
  }, [data, present.chrome, vectors]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!session || session.state !== 'running' || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
      const at = Math.max(0, slides.indexOf(id ?? ''));
      const next = slides[Math.max(0, Math.min(slides.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1)))];
      if (next) void presentSelection(next, true, present.chrome);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, slides, id, present.chrome]);
  const round = session?.rounds.at(-1);
  if (phase !== 'ready' || !id) return <main className="audience-view" aria-busy={phase === 'loading'} />;
  const o = data.objectives.get(id)!;
  const kids = data.childIds.get(id) ?? EMPTY;
  const parent = o.parentId ? data.objectives.get(o.parentId) : undefined;
  return (
    <main className="audience-view" aria-busy="false" aria-label="Audience view">
      <header className="aud-head">
        <span className="aud-crumb">{parent ? `↑ ${parent.title}` : (session?.title ?? '')}</span>
        <AudienceTimer />
      </header>
      <div className="aud-row">
        <div className={`aud-body${present.branch ? ' branch' : ''}`}>
          <Card id={id} big chrome={present.chrome} badges={badges} />
          {kids.length > 0 && (
            <div className="aud-children">
              {kids.map((k) => (
                <Card key={k} id={k} big={false} chrome={present.chrome} badges={badges} />
              ))}
            </div>
          )}
        </div>
        <AudienceJoin />
      </div>
      {round?.state === 'revealed' && (
        <aside className="aud-round">
          <Histogram round={round} />
        </aside>
      )}
      {present.branch && <p className="aud-hint">← → branches · {slides.indexOf(id) + 1} of {slides.length}</p>}
    </main>
  );
}
