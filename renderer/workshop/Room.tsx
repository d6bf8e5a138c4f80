import { Suspense, lazy, useEffect, useState } from 'react';
import { type RoomHost, type RoomInfo, joinLink } from '../../shared/room';
import { api, isDesktop } from '../api';
import { useStore } from '../store';

// The QR encoder is needed only once a room is open: it loads then, not with the app's first screen.
const LazyQrCode = lazy(() => import('./QrCode').then((m) => ({ default: m.QrCode })));

/** The QR code, with a blank square of its size until the encoder has loaded (a few ms, local). */
function QrCode({ text, size }: { text: string; size: number }) {
  return (
    <Suspense fallback={<span className="qr-code" style={{ display: 'inline-block', width: size, height: size }} aria-hidden="true" />}>
      <LazyQrCode text={text} size={size} />
    </Suspense>
  );
}

/**
 * The room as the backend says it is, read every second: null while there is none. In browser mode
 * without `--workshop --host` the first read answers 'not-found', and `available` turns false for
 * good (the desktop app can always open one with its switch).
 */
export function useRoomInfo(): { room: RoomInfo | null; setRoom: (room: RoomInfo | null) => void; available: boolean } {
  const [room, setRoom] = useState<RoomInfo | null>(null);
  const [available, setAvailable] = useState(true);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      const out = await api.roomGet(undefined);
      if (stopped) return;
      if (!out.ok && out.error.code === 'not-found' && !isDesktop) return setAvailable(false);
      if (out.ok) setRoom((prev) => (JSON.stringify(prev) === JSON.stringify(out.value) ? prev : out.value));
      timer = setTimeout(() => void read(), 1000);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return { room, setRoom, available };
}

/**
 * On the projected audience view, while joining is open: the QR code large enough to scan from the
 * room's chairs, with the address and the code in type people can copy from the back.
 */
export function AudienceJoin() {
  const { room } = useRoomInfo();
  if (!room?.joining) return null;
  return (
    <aside className="aud-join" aria-label="Join from your phone">
      <QrCode text={joinLink(room)} size={200} />
      <p>
        Join at <strong>{room.address.replace(/^https?:\/\//, '')}</strong>
        <br />
        code <strong className="aud-join-code">{room.code}</strong>
      </p>
    </aside>
  );
}

/**
 * Who joined from their own devices: the join address as text and as a QR code beside the short
 * code, the names, closing joining, removing someone. Read every second. In the desktop app the
 * facilitator turns joining on with "Let participants join" on an address they pick (never on by
 * default); in browser mode the command line (`--workshop --host`) decides, and without it the
 * strip shows nothing.
 */
export function RoomStrip() {
  const { room, setRoom, available } = useRoomInfo();
  const [busy, setBusy] = useState(false);
  if (!available) return null;
  if (!isDesktop && !room) return null;
  const show = (out: Awaited<ReturnType<typeof api.roomJoining>> | Awaited<ReturnType<typeof api.roomOpen>>) => {
    if (out.ok) setRoom(out.value);
    else useStore.setState({ notice: out.error.message });
  };
  const n = room?.participants.length ?? 0;
  const label = (p: RoomInfo['participants'][number]) => p.name || 'Anonymous';
  return (
    <section className="ws-room" aria-label="Participants">
      {isDesktop && (
        <JoinSwitch
          room={room}
          busy={busy}
          onSwitch={async (arg) => {
            setBusy(true);
            show(await api.roomOpen(arg));
            setBusy(false);
          }}
        />
      )}
      {room && (
        <>
          {room.joining ? (
            <>
              <QrCode text={joinLink(room)} size={104} />
              <span className="ws-room-join" title={room.secure ? 'HTTPS: what participants send is encrypted.' : 'Plain HTTP: others on this network could read what participants send.'}>
                Join at <strong>{room.address}</strong>
                <br />
                code <strong className="ws-room-code">{room.code}</strong>
              </span>
            </>
          ) : (
            <span className="ws-room-join">Joining is closed</span>
          )}
          <details className="ws-room-people">
            <summary>
              {n} joined{n > 0 ? `: ${room.participants.slice(0, 4).map(label).join(', ')}${n > 4 ? ', …' : ''}` : ''}
            </summary>
            <ul>
              {room.participants.map((p) => (
                <li key={p.id}>
                  {label(p)}{' '}
                  <button type="button" className="secondary" aria-label={`Remove ${label(p)}`} onClick={async () => show(await api.roomRemove({ id: p.id }))}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </details>
          <button type="button" className="secondary" onClick={async () => show(await api.roomJoining({ open: !room.joining }))}>
            {room.joining ? 'Close joining' : 'Open joining'}
          </button>
        </>
      )}
    </section>
  );
}

/**
 * The desktop app's switch, with the address to serve on: this computer's networks first (what
 * the room's phones can reach), loopback last. Off ends the room and every participant's token.
 */
function JoinSwitch({ room, busy, onSwitch }: { room: RoomInfo | null; busy: boolean; onSwitch: (arg: { open: true; host: string } | { open: false }) => Promise<void> }) {
  const [hosts, setHosts] = useState<RoomHost[]>([]);
  const [host, setHost] = useState('');
  useEffect(() => {
    void api.roomHosts(undefined).then((out) => {
      if (!out.ok) return;
      setHosts(out.value);
      setHost((h) => h || (out.value[0]?.address ?? ''));
    });
  }, [room === null]);
  const on = room !== null;
  return (
    <span className="ws-room-switch">
      <label className="ws-switch">
        <input type="checkbox" role="switch" checked={on} disabled={busy || (!on && host === '')} onChange={() => void onSwitch(on ? { open: false } : { open: true, host })} />
        Let participants join
      </label>
      {!on && (
        <select aria-label="Address participants join on" value={host} onChange={(e) => setHost(e.target.value)} disabled={busy}>
          {hosts.map((h) => (
            <option key={h.address} value={h.address}>
              {h.address} ({h.name})
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
