import { useEffect, useRef } from 'react';
import { isDesktop } from './api';

/** Help › About: what the app is and where its data lives; nothing here goes online. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const desktop = isDesktop;
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog about" aria-labelledby="about-title" onClose={onClose}>
      <p className="about-mark" aria-hidden="true">
        ◆
      </p>
      <h2 id="about-title">Cascade Planner</h2>
      <p>Version {__APP_VERSION__}</p>
      <p>Plan cascading objectives — North Star, Strategic Bridges, Contributions — with measurable key results.</p>
      <p className="about-quiet">
        Offline: every plan is one file on your disk and nothing is sent anywhere.
        {desktop ? ' Logs: Help › Show Logs.' : ''}
      </p>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
