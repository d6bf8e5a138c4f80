import type { PlanSession } from '../session';
import { backupHandlers } from './backups';
import { checkInHandlers } from './checkIns';
import { cycleHandlers } from './cycles';
import { type Handlers, apiContext } from './context';
import { exchangeHandlers } from './exchange';
import { runExport } from '../export';
import { FinishedExports } from '../export/finished';
import type { ExportRunner } from '../export/thread';
import { exportHandlers } from './export';
import { findingHandlers } from './findings';
import { historyHandlers } from './history';
import { keyResultHandlers } from './keyResults';
import { objectiveHandlers } from './objectives';
import { planHandlers } from './plan';
import { roomHandlers } from './room';
import { workshopHandlers } from './workshop';

export type { Handlers } from './context';
export { dispatch, isMethod } from './dispatch';

/** Every backend operation, in plain Node, by domain. The arguments have already been parsed by `dispatch`. */
export function createHandlers(session: PlanSession, finished = new FinishedExports(), exporter: ExportRunner = runExport): Handlers {
  const api = apiContext(session);
  return {
    ...planHandlers(api),
    ...objectiveHandlers(api),
    ...keyResultHandlers(api),
    ...checkInHandlers(api),
    ...findingHandlers(api),
    ...exchangeHandlers(api),
    ...exportHandlers(api, finished, exporter),
    ...backupHandlers(api),
    ...historyHandlers(api),
    ...cycleHandlers(api, finished),
    ...workshopHandlers(api, finished),
    ...roomHandlers(),
  };
}
