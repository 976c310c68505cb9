import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '@/lib/store';
import { loadMeetingPrep, prepQuestions } from '@/lib/store/history/meeting-prep';
import { editMeetingQuestions } from '@/lib/store/history/meetings';
import type { Meeting, Person, Settings } from '@/lib/domain/model';
import { toggleQuestion, withQuestion } from '@/lib/domain/templates/question-bank';
import { formatDay } from '@/components/shared/labels';
import { QuestionList } from './QuestionList';
import { t } from '@/lib/domain/i18n';
import { useQueuedAction } from '@/components/shared/use-action';

interface Props {
  meeting: Meeting;
  person: Person;
  settings: Settings;
  onStatus(message: string): void;
}

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** Prepare: tick the questions to bring (the bank, your research, your own), and reread earlier notes. */
export function MeetingPrep({ meeting, person, settings, onStatus }: Props) {
  const sources = useLiveQuery(
    () => loadMeetingPrep(getDb(), meeting, person),
    [meeting.id, meeting.updatedAt, person.id, person.company],
  );
  const [typed, setTyped] = useState('');
  const [openedAt] = useState(() => Date.now());
  const questions = useMemo(
    () => (sources ? prepQuestions(sources, meeting, person, settings, openedAt) : undefined),
    [sources, meeting, person, settings, openedAt],
  );
  // Each edit applies to the questions as stored when it is written (two quick ticks both count).
  const saving = useQueuedAction(
    async (edit: (questions: readonly string[]) => string[], message: string) => {
      await editMeetingQuestions(getDb(), meeting.id, edit, Date.now());
      return message;
    },
    { failure: 'commonNotSaved', onDone: onStatus, onError: onStatus },
  );
  const toggle = (question: string, on: boolean) =>
    void saving.run(
      (questions) => toggleQuestion(questions, question, on),
      on ? t('prepQuestionAdded') : t('prepQuestionRemoved'),
    );
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (withQuestion(meeting.questions, typed).length === meeting.questions.length) return;
    const question = typed;
    setTyped('');
    void saving.run((questions) => withQuestion(questions, question), t('prepOwnAdded'));
  };
  if (!sources || !questions) return <p aria-busy="true">{t('prepLoading')}</p>;
  return (
    <section aria-labelledby="meeting-prep">
      <h2 id="meeting-prep">{t('prepTitle')}</h2>
      <p className="small muted">{t('prepIntro', meeting.questions.length)}</p>
      <QuestionList title={t('prepFromBank')} questions={questions.bank} chosen={meeting.questions} onToggle={toggle} />
      {questions.research.length > 0 && (
        <QuestionList
          title={t('prepFromResearch')}
          questions={questions.research}
          chosen={meeting.questions}
          onToggle={toggle}
        />
      )}
      {questions.own.length > 0 && (
        <QuestionList title={t('prepYourOwn')} questions={questions.own} chosen={meeting.questions} onToggle={toggle} />
      )}
      <form className="row" onSubmit={add} aria-label={t('prepAddOwn')}>
        <label style={{ flex: 1 }}>
          <span className="label">{t('prepOwnQuestion')}</span>
          <input value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={1000} style={{ width: '100%' }} />
        </label>
        <button type="submit">{t('prepAdd')}</button>
      </form>
      {sources.clips.length > 0 && (
        <>
          <h3>
            {person.company
              ? t('prepResearchAboutAt', [person.name, person.company])
              : t('prepResearchAbout', person.name)}
          </h3>
          <ul className="small">
            {sources.clips.map((clip) => (
              <li key={clip.id}>
                {isWebLink(clip.url) ? (
                  <a href={clip.url} target="_blank" rel="noreferrer">
                    {clip.title}
                  </a>
                ) : (
                  clip.title
                )}
                {clip.site ? <span className="muted"> — {clip.site}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {sources.earlier.length > 0 && (
        <>
          <h3>{t('prepEarlierNotes', person.name)}</h3>
          {sources.earlier.map((m) => (
            <details key={m.id} className="small">
              <summary>{t('prepMeetingOf', formatDay(m.at))}</summary>
              <p className="pre-wrap">{m.notes}</p>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
