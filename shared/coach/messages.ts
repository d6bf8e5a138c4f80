/** What the coach says. One sentence each: the reason, then what to do about it. */
import type { Fix, RuleCode } from './types';

export const LEVER_PROMPT = 'Which lever does only this team control?';

export const MESSAGES: Readonly<Record<RuleCode, string>> = {
  'number-title':
    'A number says where to land but not what has to change to get there: move it into a key result and name the objective after the change.',
  'generic-container':
    'This names a folder of targets rather than a direction, so nobody below can tell what to contribute: say in a few words where you are heading.',
  'task-listing':
    'This is an activity, and doing it proves nothing about the difference it makes: name the outcome it is meant to bring about instead.',
  'job-requirement':
    'This is part of the job whatever the strategy, so it will stay green while nothing moves: keep it in the role description and use the cascade for what you will change.',
  compliance:
    'Mandatory training, audits and policies are checklists the organisation requires, not progress on the strategy: track them in a checklist or the learning system.',
  'goal-clone':
    'This repeats another objective almost word for word, so its progress tells nobody anything new: say which part this team moves, and how.',
  'kr-not-measurable':
    'This key result has no number to reach, so nobody can tell when it is done: give it a target and a unit, or write the measure into its title.',
  'no-key-results':
    'Without key results nobody can tell whether this objective is moving: add a few that would prove it.',
};

export const FIXES: Readonly<Partial<Record<RuleCode, Fix>>> = {
  'number-title': 'move-number-to-kr',
  compliance: 'move-to-shelf',
  'job-requirement': 'move-to-shelf',
  'goal-clone': 'ask-lever',
};

const quote = (title: string): string => {
  const t = title.trim();
  return `“${t.length > 80 ? `${t.slice(0, 79)}…` : t}”`;
};

export function cloneMessage(of: 'parent' | 'copies', title: string, objectives = 2): string {
  return of === 'parent'
    ? `This restates its parent ${quote(title)}, so its progress tells nobody anything new: say which part of it this team moves, and how.`
    : `This copies ${quote(title)}, one of ${objectives} objectives in the cascade that say the same thing: merge them, or give each its own lever.`;
}
