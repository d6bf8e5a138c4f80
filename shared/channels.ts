/**
 * Channel names, in one place. Kept apart from the schemas so the sandboxed preload, which only
 * needs the names, does not bundle the validation library.
 */
export const CHANNELS = {
  getPlan: 'plan:get',
  createObjective: 'objective:create',
  updateObjective: 'objective:update',
  moveObjective: 'objective:move',
  deleteObjective: 'objective:delete',
  createKeyResult: 'kr:create',
  updateKeyResult: 'kr:update',
  deleteKeyResult: 'kr:delete',
  checkInTrends: 'checkin:trends',
  listCheckIns: 'checkin:list',
  addCheckIn: 'checkin:add',
  updateCheckIn: 'checkin:update',
  deleteCheckIn: 'checkin:delete',
  dismissFinding: 'finding:dismiss',
  undismissFinding: 'finding:undismiss',
  importPlan: 'plan:import',
  undo: 'history:undo',
  redo: 'history:redo',
  history: 'history:get',
  exportPlan: 'export:run',
  exportProgress: 'export:progress',
  cancelExport: 'export:cancel',
  saveExport: 'export:save',
  planStatus: 'plan:status',
  listBackups: 'backup:list',
  restoreBackup: 'backup:restore',
  recoverPlan: 'plan:recover',
  openReadOnly: 'plan:open-read-only',
  listSnapshots: 'snapshot:list',
  takeSnapshot: 'snapshot:take',
  readSnapshot: 'snapshot:read',
  comparePlan: 'snapshot:compare',
  exportComparison: 'snapshot:export',
  closeCycle: 'cycle:close',
  startNextCycle: 'cycle:next',
  // Workshop mode (issue 13).
  workshopGet: 'workshop:get',
  workshopStart: 'workshop:start',
  workshopTimer: 'workshop:timer',
  workshopAddStickies: 'workshop:stickies',
  workshopMove: 'workshop:move',
  workshopAnswer: 'workshop:answer',
  workshopAccept: 'workshop:accept',
  workshopVote: 'workshop:vote',
  workshopOpenRound: 'workshop:round',
  workshopScore: 'workshop:score',
  workshopReveal: 'workshop:reveal',
  workshopPresent: 'workshop:present',
  workshopEnd: 'workshop:end',
  workshopRecord: 'workshop:record',
  presentWindow: 'workshop:present-window',
  // Participants join from their own devices (issue 14): answered by the desktop shell or browser mode's server.
  roomGet: 'room:get',
  roomHosts: 'room:hosts',
  roomOpen: 'room:open',
  roomJoining: 'room:joining',
  roomRemove: 'room:remove',
} as const;

export type Method = keyof typeof CHANNELS;
export const METHODS = Object.keys(CHANNELS) as Method[];

/** Pushes from the backend to the renderer (browser mode hears plan changes through server-sent events). */
export const EVENTS = {
  planChanged: 'plan:changed',
  menuCommand: 'menu:command',
} as const;

export const MENU_COMMANDS = [
  'undo',
  'redo',
  'fit-view',
  'toggle-titles',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'add-child',
  'add-sibling',
  'add-kr',
  'delete',
  'rename',
  'focus-branch',
  'unfocus',
  'show-inspector',
  'show-coach',
  'show-shelf',
  'toggle-filters',
  'export',
  'import',
  'restore-backup',
  'toggle-theme',
  'show-shortcuts',
  'show-about',
  'take-snapshot',
  'compare',
  'cycles',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const isMenuCommand = (v: unknown): v is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(v);
