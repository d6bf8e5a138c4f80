import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { lineOfSight, shorten } from '../../shared/lineOfSight';

const star = makeObjective({ id: 's', parentId: null, level: 'north_star', title: 'Grow Strategic Advisory Revenue' }, '');
const bridge = makeObjective(
  { id: 'b', parentId: 's', level: 'bridge', title: 'Deepen Client Relationships via Continuous Learning Programs', owner: 'Account Management' },
  '',
);
const pilot = makeObjective(
  { id: 'p', parentId: 'b', level: 'contribution', title: 'Pilot a Knowledge Gap Audit for Tier-1 accounts', owner: 'Dana' },
  '',
);
const kr = makeKeyResult({ id: 'k', objectiveId: 'p', title: 'Secure $20k in new retraining contracts from gaps identified during the pilot' }, '');
const starKr = makeKeyResult({ id: 'sk', objectiveId: 's', title: 'Secure $100k in retraining contracts' }, '');
const byId = new Map([star, bridge, pilot].map((o) => [o.id, o]));
const krs = new Map([kr, starKr].map((k) => [k.id, k]));

describe('line of sight', () => {
  it('reads from a key result up to the North Star, as in the method’s example', () => {
    expect(lineOfSight({ kr, objective: pilot }, (id) => byId.get(id), (id) => krs.get(id))).toBe(
      'Dana’s ‘Secure $20k in new…’ → bridge ‘Deepen Client Relationships…’ → North Star ‘Grow Strategic Advisory Revenue’',
    );
  });
  it('names the parent key result a bridge moves', () => {
    const linked = { ...bridge, parentKrId: 'sk' };
    expect(lineOfSight(linked, (id) => byId.get(id), (id) => krs.get(id))).toBe(
      'Account Management’s ‘Deepen Client Relationships…’ → North Star ‘Grow Strategic Advisory Revenue’ (moving ‘Secure $100k in retraining…’)',
    );
  });
  it('stops on a cycle instead of looping', () => {
    const a = makeObjective({ id: 'a', parentId: 'b2', level: 'bridge', title: 'A' }, '');
    const b = makeObjective({ id: 'b2', parentId: 'a', level: 'bridge', title: 'B' }, '');
    const m = new Map([a, b].map((o) => [o.id, o]));
    expect(lineOfSight(a, (id) => m.get(id), () => undefined)).toBe('‘A’ → bridge ‘B’');
  });
  it('shortens at a word boundary', () => {
    expect(shorten('Deepen Client Relationships via Continuous Learning Programs')).toBe('Deepen Client Relationships…');
    expect(shorten('Short')).toBe('Short');
  });
});
