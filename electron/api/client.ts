import type { Envelope } from '../../shared/ipc';
import type { ParticipantView } from '../../shared/participant';
import type { ParticipantCaller, ParticipantRequest } from './participant';
import type { FromBackend, HostOp, HostOps, ToBackend } from './protocol';

/** The host's end of a backend: a worker thread, a utilityProcess, or anything that carries messages. */
export interface BackendLink {
  post(message: ToBackend): void;
  onMessage(listener: (message: FromBackend) => void): void;
  /** Called once if the backend dies: every request still waiting gets an answer saying so. */
  onExit(listener: (code: number) => void): void;
  stop(): void;
}

const stopped = (): Envelope<never> => ({
  ok: false,
  error: { code: 'internal', message: 'The part of the app that holds the plan stopped. Your saved changes are in the file; restart the app.' },
});

/**
 * Numbered requests to the backend: every request gets a number and a promise, settled by the
 * answer carrying the same number. The main process and the web server only route through this.
 */
export class BackendClient {
  private next = 1;
  private readonly waiting = new Map<number, (answer: Envelope<unknown> | string) => void>();
  private readonly listeners = new Set<(name: string, data: unknown) => void>();
  private exited = false;

  constructor(private readonly link: BackendLink) {
    link.onMessage((message) => {
      if (message.type === 'event') {
        for (const listener of this.listeners) listener(message.name, message.data);
        return;
      }
      const settle = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      settle?.('json' in message ? message.json : message.envelope);
    });
    link.onExit(() => {
      this.exited = true;
      for (const settle of this.waiting.values()) settle(stopped());
      this.waiting.clear();
    });
  }

  private send(message: Omit<ToBackend, 'id'> & { type: ToBackend['type'] }): Promise<Envelope<unknown> | string> {
    if (this.exited) return Promise.resolve(stopped());
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.link.post({ ...message, id } as ToBackend);
    });
  }

  /** A renderer's request, as it came (the backend parses it against the contract). */
  call(method: string, payload: unknown, origin: string | null = null): Promise<Envelope<unknown>> {
    return this.send({ type: 'call', method, payload, origin } as Omit<ToBackend, 'id'> & { type: 'call' }) as Promise<Envelope<unknown>>;
  }

  /** The same, answered as the envelope's JSON text (browser mode's response body). */
  async callJson(method: string, payload: unknown, origin: string | null = null): Promise<string> {
    const answer = await this.send({ type: 'call', method, payload, origin, json: true } as Omit<ToBackend, 'id'> & { type: 'call' });
    return typeof answer === 'string' ? answer : JSON.stringify(answer);
  }

  /** Workshop participants' requests, in one transaction: the backend answers only their few channels, each with its participant's view. */
  async participants(calls: ParticipantRequest[]): Promise<Envelope<ParticipantView>[]> {
    const answer = (await this.send({ type: 'participants', calls } as Omit<ToBackend, 'id'> & { type: 'participants' })) as Envelope<Envelope<ParticipantView>[]>;
    return answer.ok ? answer.value : calls.map(() => answer);
  }

  /**
   * One participant's request. Requests queue while a batch is with the backend and then go
   * together (group commit): no wait when the room is quiet, one fsync for many when it is busy.
   */
  participant(method: string, payload: unknown, who: ParticipantCaller): Promise<Envelope<ParticipantView>> {
    return new Promise((resolve) => {
      this.queue.push({ call: { method, payload, who }, resolve });
      this.pump();
    });
  }

  private readonly queue: { call: ParticipantRequest; resolve: (answer: Envelope<ParticipantView>) => void }[] = [];
  private pumping = false;
  private pump(): void {
    if (this.pumping || this.queue.length === 0) return;
    this.pumping = true;
    const batch = this.queue.splice(0, 500);
    void this.participants(batch.map((b) => b.call)).then((answers) => {
      batch.forEach((b, i) => b.resolve(answers[i]!));
      this.pumping = false;
      this.pump();
    });
  }

  /** A host operation; a failure is an envelope with the message to show. */
  host<K extends HostOp>(op: K, args: HostOps[K]['args']): Promise<Envelope<HostOps[K]['out']>> {
    return this.send({ type: 'host', op, args } as Omit<ToBackend, 'id'> & { type: 'host' }) as Promise<Envelope<HostOps[K]['out']>>;
  }

  /** Pushes from the backend (name, data); returns the unsubscribe. */
  onEvent(listener: (name: string, data: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the plan, then ends the backend. */
  async stop(): Promise<void> {
    if (!this.exited) await this.host('close', {});
    this.link.stop();
  }
}
