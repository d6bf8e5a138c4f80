import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Envelope } from '../../shared/ipc';
import type { ParticipantView } from '../../shared/participant';
import './participant.css';

/**
 * The participant's page (served by the room server at /join): join with the code, then add ideas,
 * vote dots on candidates and give a confidence score. Mobile first; no plan, no facilitator API.
 */
type Answer = Envelope<ParticipantView | null> & { status: number };

async function post(action: string, body: unknown = {}): Promise<Answer> {
  try {
    const res = await fetch(`/join/api/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const out = (await res.json()) as Envelope<ParticipantView | null>;
    return { ...out, status: res.status };
  } catch {
    return { ok: false, error: { code: 'io', message: 'The facilitator’s computer did not answer. Check the Wi-Fi and try again.' }, status: 0 };
  }
}

function Join({ onJoined, notice }: { onJoined: (v: ParticipantView) => void; notice: string }) {
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('code') ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState(notice);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const out = await post('join', { code, name });
    setBusy(false);
    if (out.ok && out.value) onJoined(out.value);
    else setError(out.ok ? 'Try again.' : out.error.message);
  };
  return (
    <main className="pp">
      <h1>Join the workshop</h1>
      <form onSubmit={(e) => void submit(e)} className="pp-card">
        <label htmlFor="pp-code">Join code</label>
        <input id="pp-code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={12} required />
        <label htmlFor="pp-name">Your name (optional)</label>
        <input id="pp-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="nickname" maxLength={40} placeholder="Leave empty to stay anonymous" />
        <button type="submit" disabled={busy}>
          Join
        </button>
        <p role="alert" className="pp-error">
          {error}
        </p>
      </form>
      <p className="pp-small">What you send goes to the facilitator’s laptop over this room’s network, and nowhere else.</p>
    </main>
  );
}

function Room({ view, act }: { view: ParticipantView; act: (action: string, body?: unknown) => Promise<boolean> }) {
  const [idea, setIdea] = useState('');
  const [said, setSaid] = useState('');
  const s = view.session;
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (idea.trim() === '') return;
    if (await act('idea', { text: idea })) {
      setIdea('');
      setSaid('Added to the parking lot.');
    }
  };
  if (!s) {
    return (
      <main className="pp">
        <h1>Waiting for the workshop</h1>
        <p className="pp-card">The facilitator has not started a session, or it has ended. This page updates by itself.</p>
      </main>
    );
  }
  const round = s.round;
  const max = round?.histogram ? Math.max(1, ...round.histogram) : 1;
  return (
    <main className="pp">
      <header className="pp-head">
        <h1>{s.title}</h1>
        <p>
          Now: <strong>{s.step}</strong>
          {view.me.name ? ` · You are ${view.me.name}` : ' · You are anonymous'}
        </p>
        {s.presented && <p className="pp-small">On the screen: {s.presented}</p>}
      </header>

      <section className="pp-card" aria-labelledby="pp-idea-h">
        <h2 id="pp-idea-h">Add an idea</h2>
        <form onSubmit={(e) => void add(e)} className="pp-row">
          <label htmlFor="pp-idea" className="pp-visually-hidden">
            Your idea
          </label>
          <input id="pp-idea" value={idea} onChange={(e) => setIdea(e.target.value)} placeholder="Your idea" maxLength={200} enterKeyHint="send" />
          <button type="submit">Add</button>
        </form>
        <p className="pp-small" role="status">
          {said}
        </p>
      </section>

      {round && (
        <section className="pp-card" aria-label="Confidence">
          <h2>Confidence: {round.subject}</h2>
          {round.state === 'open' ? (
            <>
              <p>How confident are you that we will achieve it? 1 = not at all, 5 = very.</p>
              <div className="pp-scores" role="group" aria-label="Your confidence">
                {[1, 2, 3, 4, 5].map((n) => (
                  <button key={n} type="button" aria-pressed={round.myScore === n} onClick={() => void act('score', { roundId: round.id, score: n })}>
                    {n}
                  </button>
                ))}
              </div>
              <p className="pp-small">
                {round.count} {round.count === 1 ? 'score' : 'scores'} in · hidden until the facilitator reveals them
                {round.myScore !== null ? ` · yours: ${round.myScore}` : ''}
              </p>
            </>
          ) : (
            <figure className="pp-hist" aria-label="How the room scored">
              {round.histogram!.map((n, i) => (
                <div key={i} className="pp-bar">
                  <span className="pp-bar-label">{i + 1}</span>
                  <span className="pp-bar-fill" style={{ width: `${(n / max) * 100}%` }} />
                  <span className="pp-bar-n">{n}</span>
                </div>
              ))}
              <figcaption className="pp-small">
                {round.count} scores, revealed{round.myScore !== null ? ` · yours: ${round.myScore}` : ''}
              </figcaption>
            </figure>
          )}
        </section>
      )}

      <section className="pp-card" aria-label="Candidates">
        <h2>Vote: {s.dotsLeft} of {s.dotsPerPerson} dots left</h2>
        {s.candidates.length === 0 ? (
          <p className="pp-small">No candidates yet: they appear here once the room has triaged its ideas.</p>
        ) : (
          <ul className="pp-list">
            {s.candidates.map((c) => (
              <li key={c.id} className="pp-candidate">
                <span className="pp-text">{c.text}</span>
                <span className="pp-dots" aria-label={`${c.dots} dots in all, ${c.mine} yours`}>
                  {c.dots} {c.dots === 1 ? 'dot' : 'dots'} · {c.mine} yours
                </span>
                <span className="pp-vote">
                  <button type="button" aria-label={`Take a dot from ${c.text}`} disabled={c.mine === 0} onClick={() => void act('vote', { subjectId: c.id, dots: c.mine - 1 })}>
                    −
                  </button>
                  <button type="button" aria-label={`Add a dot to ${c.text}`} disabled={s.dotsLeft === 0} onClick={() => void act('vote', { subjectId: c.id, dots: c.mine + 1 })}>
                    +
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="pp-card" aria-label="Ideas in the parking lot">
        <h2>Parking lot ({s.parking.length})</h2>
        <ul className="pp-list">
          {s.parking.map((p) => (
            <li key={p.id}>
              {p.text}
              {p.mine && <span className="pp-tag"> yours</span>}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function App() {
  const [view, setView] = useState<ParticipantView | null>(null);
  const [error, setError] = useState('');
  const [joined, setJoined] = useState<boolean | null>(null);
  const last = useRef('');
  const accept = useCallback((v: ParticipantView) => {
    const key = JSON.stringify(v);
    if (key !== last.current) {
      last.current = key;
      setView(v);
    }
  }, []);
  const act = useCallback(
    async (action: string, body: unknown = {}): Promise<boolean> => {
      const out = await post(action, body);
      if (out.status === 401) {
        setJoined(false);
        setError(out.ok ? '' : out.error.message);
        return false;
      }
      if (out.ok && out.value) {
        accept(out.value);
        setError('');
        return true;
      }
      if (!out.ok) setError(out.error.message);
      return false;
    },
    [accept],
  );
  useEffect(() => {
    // Already joined (the cookie is there)? Then straight to the room.
    void post('state').then((out) => {
      if (out.ok && out.value) {
        accept(out.value);
        setJoined(true);
      } else setJoined(false);
    });
  }, [accept]);
  useEffect(() => {
    if (!joined) return;
    // Live enough for a room: the state every second (only a change redraws).
    const t = setInterval(() => void act('state'), 1000);
    return () => clearInterval(t);
  }, [joined, act]);
  if (joined === null) return <main className="pp" aria-busy="true" />;
  if (!joined || !view)
    return (
      <Join
        notice={error}
        onJoined={(v) => {
          accept(v);
          setError('');
          setJoined(true);
        }}
      />
    );
  return (
    <>
      <Room view={view} act={act} />
      {error && (
        <p role="alert" className="pp-toast">
          {error}
        </p>
      )}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
