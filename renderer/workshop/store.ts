import { create } from 'zustand';
import type { Envelope, Input, Method, Output } from '../../shared/ipc';
import { FACILITATOR, ROOM, type StickyColumn, type WorkshopSession, type WorkshopState } from '../../shared/workshop';
import { api } from '../api';
import { reloadData, useStore } from '../store';

export interface WorkshopUi {
  state: WorkshopState | null;
  /** Stickies selected on the wall (Space), for merging into one objective. */
  selected: string[];
  /** The sticky with keyboard focus on the wall. */
  focusId: string | null;
  /** The "Accept onto a card" dialog, for these stickies. */
  accepting: string[] | null;
  starting: boolean;
}

export const useWorkshop = create<WorkshopUi>(() => ({ state: null, selected: [], focusId: null, accepting: null, starting: false }));
const set = useWorkshop.setState;

export const running = (s: WorkshopUi): WorkshopSession | null => (s.state?.session?.state === 'running' ? s.state.session : null);
export const sessionOf = (): WorkshopSession | null => running(useWorkshop.getState());

/** Calls a workshop channel; a refusal is said in the app's notice, in the backend's words. */
async function call<K extends Method>(method: K, arg: Input<K>): Promise<Output<K> | undefined> {
  const invoke = api[method] as (a: Input<K>) => Promise<Envelope<Output<K>>>;
  const out = await invoke(arg);
  if (!out.ok) {
    useStore.setState({ notice: out.error.message });
    return undefined;
  }
  return out.value;
}

const apply = (state: WorkshopState | undefined): boolean => {
  if (state) set({ state });
  return state !== undefined;
};

export async function refreshWorkshop(): Promise<void> {
  const out = await api.workshopGet(undefined);
  if (out.ok) set({ state: out.value });
}

type SessionCall<K extends Method> = Omit<Input<K>, 'sessionId'>;
async function onSession<K extends Method>(method: K, arg: SessionCall<K>): Promise<boolean> {
  const s = sessionOf();
  if (!s) return false;
  return apply((await call(method, { ...arg, sessionId: s.id } as Input<K>)) as WorkshopState | undefined);
}

export async function startWorkshop(template: string): Promise<boolean> {
  const ok = apply(await call('workshopStart', { template }));
  if (ok) set({ starting: false, selected: [], focusId: null });
  return ok;
}

export const timer = (action: Input<'workshopTimer'>['action']) => onSession('workshopTimer', { action });
export const addStickies = (texts: string[]) => onSession('workshopAddStickies', { texts, author: FACILITATOR });
export const moveStickies = (stickyIds: string[], to: 'parking' | 'so_what') => onSession('workshopMove', { stickyIds, to, by: FACILITATOR });
export const answerSoWhat = (stickyIds: string[], answer: string) => onSession('workshopAnswer', { stickyIds, answer, by: FACILITATOR });
export const openRound = (subjectId: string) => onSession('workshopOpenRound', { subjectId });
export const reveal = (roundId: string) => onSession('workshopReveal', { roundId });
export const endWorkshop = () => onSession('workshopEnd', {});

/** The room's dots on a sticky or an objective, as the facilitator counts them. */
export function addDots(subjectId: string, delta: number): Promise<boolean> {
  // One after another: a key pressed five times fast counts five dots, each from the last answer.
  const run = async () => {
    const s = sessionOf();
    if (!s) return false;
    // The room's tally is its own voter row; participants' own dots (issue 14) add to it.
    const room = s.tallies.find((t) => t.subjectId === subjectId)?.room ?? 0;
    return apply(await call('workshopVote', { sessionId: s.id, subjectId, voter: ROOM, dots: Math.max(0, room + delta) }));
  };
  const next = dotQueue.then(run, run);
  dotQueue = next;
  return next;
}
let dotQueue: Promise<boolean> = Promise.resolve(true);

/** A hidden score from one more person in the open round. */
export async function giveScore(roundId: string, score: number): Promise<boolean> {
  const s = sessionOf();
  if (!s) return false;
  // Each key is one more (anonymous) person: a fresh identity, so fast keys never overwrite each other.
  return apply(await call('workshopScore', { sessionId: s.id, roundId, voter: `person-${crypto.randomUUID().slice(0, 13)}`, score }));
}

/** Accepts stickies onto a card as one new objective (several are merged, their texts kept). */
export async function acceptOnto(stickyIds: string[], parentId: string): Promise<boolean> {
  const s = sessionOf();
  if (!s) return false;
  const out = await call('workshopAccept', { sessionId: s.id, stickyIds, parentId, by: FACILITATOR });
  if (!out) return false;
  // The new objective appears on the canvas, selected; the view and the undo history stay. The
  // dialog closes only then, in the same step: keys pressed after it act on the new card, and the
  // selection never jumps under them.
  await reloadData();
  set({ state: out.state, selected: [], accepting: null });
  useStore.setState({ selectedId: out.objective.id });
  return true;
}

export async function presentSelection(id: string | null, branch: boolean, chrome: boolean): Promise<boolean> {
  return onSession('workshopPresent', { id, branch, chrome });
}

export const columnOf = (s: WorkshopSession, id: string): StickyColumn | null => s.stickies.find((x) => x.id === id)?.column ?? null;
