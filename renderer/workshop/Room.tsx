import { useEffect, useState } from 'react';
import { serverCall } from '../api';
import { useStore } from '../store';

/** The room as the facilitator's server reports it (electron/web/room.ts RoomInfo). */
interface RoomInfo {
  address: string;
  code: string;
  joining: boolean;
  participants: { id: string; name: string; joinedAt: string }[];
}

/**
 * Who joined from their own devices (browser mode started with `--workshop --host`): the join
 * address and code, the names, closing joining, removing someone. Read every second; nothing at
 * all when participants cannot join.
 */
export function RoomStrip() {
  const [room, setRoom] = useState<RoomInfo | null>(null);
  useEffect(() => {
    if (!serverCall) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      const out = await serverCall!<RoomInfo>('roomGet');
      if (stopped) return;
      if (!out.ok && out.error.code === 'not-found') return; // not started with --workshop --host
      if (out.ok) setRoom((prev) => (JSON.stringify(prev) === JSON.stringify(out.value) ? prev : out.value));
      timer = setTimeout(() => void read(), 1000);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (!room || !serverCall) return null;
  const act = async (method: 'roomJoining' | 'roomRemove', arg: unknown) => {
    const out = await serverCall!<RoomInfo>(method, arg);
    if (out.ok) setRoom(out.value);
    else useStore.setState({ notice: out.error.message });
  };
  const n = room.participants.length;
  const label = (p: RoomInfo['participants'][number]) => p.name || 'Anonymous';
  return (
    <section className="ws-room" aria-label="Participants">
      <span className="ws-room-join">
        {room.joining ? (
          <>
            Join at <strong>{room.address}</strong> · code <strong className="ws-room-code">{room.code}</strong>
          </>
        ) : (
          'Joining is closed'
        )}
      </span>
      <details className="ws-room-people">
        <summary>
          {n} joined{n > 0 ? `: ${room.participants.slice(0, 4).map(label).join(', ')}${n > 4 ? ', …' : ''}` : ''}
        </summary>
        <ul>
          {room.participants.map((p) => (
            <li key={p.id}>
              {label(p)}{' '}
              <button type="button" className="secondary" aria-label={`Remove ${label(p)}`} onClick={() => void act('roomRemove', { id: p.id })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="secondary" onClick={() => void act('roomJoining', { open: !room.joining })}>
        {room.joining ? 'Close joining' : 'Open joining'}
      </button>
    </section>
  );
}
