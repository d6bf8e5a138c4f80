import { useEffect, useRef, useState } from 'react';
import { proposeGateAnswer } from '../shared/coach';
import type { GateAnswer } from '../shared/model';
import { answerGate, setEditing, useStore } from './store';

const QUESTIONS = [
  { q: 'Is it a one-time compliance task?', example: 'e.g. “Watch a training video”', yes: 'compliance' as const, where: 'a personal checklist or your LMS — it goes to the Health & Hygiene shelf' },
  { q: 'Is it a static job requirement?', example: 'e.g. “Update the CRM”', yes: 'job_requirement' as const, where: 'a job description — it goes to the Health & Hygiene shelf' },
  { q: 'Does it drive a specific strategic outcome?', example: 'e.g. “Grow advisory revenue”', yes: 'strategic' as const, where: 'the cascade' },
];

/** The proposed answer to each question, from the coach's reading of the title. */
function proposal(title: string): boolean[] {
  const a = proposeGateAnswer(title);
  return [a === 'compliance', a === 'job_requirement', a === 'strategic'];
}

/**
 * The method's "So What?" decision tree, asked whenever an objective enters the plan. Y and N
 * answer the question in front of you, Enter accepts the proposed answers, Escape skips.
 */
export function GateDialog() {
  const id = useStore((s) => s.gateQueue[0]);
  const o = useStore((s) => (id ? s.data.objectives.get(id) : undefined));
  const ref = useRef<HTMLDialogElement>(null);
  // Answers live in a ref as well as in state: two keys pressed faster than a render must both count.
  const progress = useRef<boolean[]>([]);
  const [answers, setAnswers] = useState<boolean[]>([]);
  const step = Math.min(answers.length, 3);
  const open = Boolean(id && o);

  useEffect(() => {
    progress.current = [];
    setAnswers([]);
    if (open && !ref.current?.open) {
      ref.current?.showModal();
      // Focus the dialog itself, so Enter means "accept the proposal" rather than pressing a button.
      ref.current?.focus();
    }
    if (!open && ref.current?.open) ref.current.close();
  }, [id, open]);

  if (!id || !o) return <dialog ref={ref} className="dialog gate" aria-label="So What? questions" />;
  const proposed = proposal(o.title);
  const finish = (answer: GateAnswer) => void answerGate(id, answer);
  const answer = (yes: boolean) => {
    const at = progress.current.length;
    if (at >= 3 || progress.current.includes(true)) return;
    progress.current = [...progress.current, yes];
    setAnswers(progress.current);
    if (yes) finish(QUESTIONS[at]!.yes);
    // "No" three times leaves step 3: not an outcome yet.
  };
  /** Enter: the proposed answer from the question in front of you onward. */
  const acceptProposal = () => {
    const at = progress.current.length;
    const first = proposed.findIndex((yes, i) => yes && i >= at);
    finish(first >= 0 ? QUESTIONS[first]!.yes : 'skipped');
  };

  function onKeyDown(e: React.KeyboardEvent): void {
    const k = e.key.toLowerCase();
    if (progress.current.length >= 3) return;
    if (k === 'y' || k === 'n') {
      e.preventDefault();
      answer(k === 'y');
    } else if (e.key === 'Enter') {
      e.preventDefault();
      acceptProposal();
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog gate"
      tabIndex={-1}
      aria-labelledby="gate-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        finish('skipped');
      }}
    >
      <h2 id="gate-title">So what?</h2>
      <p className="gate-subject">“{o.title || 'Untitled objective'}”</p>
      <ol className="gate-steps">
        {QUESTIONS.map((q, i) => (
          <li key={q.q} className={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
            <span className="gate-q">{q.q}</span> <span className="gate-example">{q.example}</span>
            {i < step && <span className="gate-answer">{answers[i] ? 'Yes' : 'No'}</span>}
            {i === step && (
              <span className="gate-buttons">
                <button type="button" onClick={() => answer(true)} aria-keyshortcuts="Y" className={proposed[i] ? 'proposed' : ''}>
                  Yes{proposed[i] ? ' (proposed)' : ''}
                </button>
                <button type="button" onClick={() => answer(false)} aria-keyshortcuts="N" className={proposed[i] ? '' : 'proposed'}>
                  No{proposed[i] ? '' : ' (proposed)'}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {step === 3 ? (
        <div className="gate-verdict" role="status">
          <p>Then it is not an outcome yet. Say what it should change — or keep it off the cascade.</p>
          <div className="gate-actions">
            <button type="button" autoFocus onClick={() => (finish('skipped'), setEditing({ kind: 'objective-title', id }))}>
              Rephrase it
            </button>
            <button type="button" onClick={() => finish('job_requirement')}>
              Move to the shelf
            </button>
            <button type="button" onClick={() => finish('skipped')}>
              Keep it anyway
            </button>
          </div>
        </div>
      ) : (
        <p className="gate-help">
          <kbd>Y</kbd> / <kbd>N</kbd> answer · <kbd>Enter</kbd> accepts the proposal (
          {proposed.indexOf(true) >= 0 ? QUESTIONS[proposed.indexOf(true)]!.where : 'skip'}) · <kbd>Esc</kbd> skips
        </p>
      )}
    </dialog>
  );
}
