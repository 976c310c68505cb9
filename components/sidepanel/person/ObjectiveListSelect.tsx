import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import type { Person } from '@/lib/domain/model';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';
import { ObjectiveSelect } from '@/components/sidepanel/ObjectiveSelect';

/** Which objective's list the person is on (nothing when the user has no objectives). */
export function ObjectiveListSelect({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const objectives = useLiveQuery(() => listObjectives(getDb()), []);
  const save = useAction(
    async (id: string) => {
      const { assignObjective } = await import('@/lib/store/objectives/objectives');
      await assignObjective(getDb(), [person.id], id || null, Date.now());
      return objectives?.find((o) => o.id === id)?.title;
    },
    {
      failure: 'commonNotSaved',
      onDone: (title) => onStatus(title ? t('personOnObjective', title) : t('personOffObjective')),
      onError: onStatus,
    },
  );
  if (!objectives || objectives.length === 0) return null;
  return (
    <ObjectiveSelect objectives={objectives} value={person.objectiveId ?? ''} disabled={save.busy} onChange={(id) => void save.run(id)} />
  );
}
