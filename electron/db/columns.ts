import { KeyResult, Objective } from '../../shared/model';

/** Columns follow the schema's fields, so a field added to the model is a column added here too. */
export const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const OBJECTIVE_KEYS = Object.keys(Objective.shape);
export const KR_KEYS = Object.keys(KeyResult.shape);

export const selectList = (keys: readonly string[]): string =>
  keys.map((k) => (snake(k) === k ? k : `${snake(k)} AS ${k}`)).join(', ');

export const insertSql = (table: string, keys: readonly string[]): string =>
  `INSERT INTO ${table} (${keys.map(snake).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`;
