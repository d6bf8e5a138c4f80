import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendClient } from '../../electron/api/client';
import { backendEntry, startBackendThread } from '../../electron/api/thread';
import { writePlanFile } from '../../electron/db/bulk';
import type { ExportResult } from '../../shared/ipc';
import type { KeyResult } from '../../shared/model';
import { type PlanRows, snapshotFromRows } from '../../shared/rows';
import { generatePlan } from '../helpers/generate';
import { tmpDir } from '../helpers/tmp';

let backend: BackendClient | null = null;
afterEach(async () => {
  await backend?.stop();
  backend = null;
});

describe('the backend in its worker thread', () => {
  it('keeps committing KR edits while a large plan exports as a PDF, and writes the export where it is asked', { timeout: 300_000 }, async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Large.cascade');
    const plan = generatePlan({ n: 2000, shape: 'org', seed: 12 });
    writePlanFile(file, plan.objectives, plan.keyResults);
    // The built backend, as browser mode starts it (npm test builds first).
    backend = startBackendThread(backendEntry(path.resolve('electron')));
    const started = await backend.host('start', { dataDir: path.join(dir, 'data'), file });
    expect(started).toMatchObject({ ok: true, value: { file, problem: null } });

    let exporting = true;
    const exported = backend.call('exportPlan', { jobId: 'large-pdf', format: 'pdf', mode: 'atlas' }).finally(() => (exporting = false));
    const written = new Map<string, number>();
    let n = 0;
    while (exporting) {
      const kr: KeyResult = plan.keyResults[(n * 7919) % plan.keyResults.length]!;
      const value = 1000 + n++;
      const answer = await backend.call('updateKeyResult', { id: kr.id, patch: { current: value } });
      expect(answer.ok).toBe(true);
      written.set(kr.id, value);
    }
    const result = await exported;
    expect(result.ok).toBe(true);
    const out = (result as { value: ExportResult }).value;
    expect(out.pages).toBeGreaterThan(10);
    // Edits went on while it ran (at least one round trip fits in an export of hundreds of pages).
    expect(n).toBeGreaterThan(0);

    // Every edit landed: read back through the same API, as the page would.
    const rows = await backend.call('getPlan', undefined);
    const now = snapshotFromRows((rows as { value: PlanRows }).value);
    const current = new Map(now.keyResults.map((k) => [k.id, k.current]));
    for (const [id, value] of written) expect(current.get(id)).toBe(value);

    // The backend writes the finished export to the chosen path itself: a whole PDF.
    const target = path.join(dir, 'exports', 'Large.pdf');
    expect(await backend.host('writeExport', { jobId: 'large-pdf', file: target })).toEqual({ ok: true, value: { file: target } });
    const pdf = fs.readFileSync(target);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(out.bytes);
    // Written once: asking again says so in words.
    const again = await backend.host('writeExport', { jobId: 'large-pdf', file: target });
    expect(again).toMatchObject({ ok: false, error: { message: /no longer waiting to be saved/ } });
  });
});
