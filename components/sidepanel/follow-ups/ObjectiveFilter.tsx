import type { ObjectiveRecord } from '@/lib/domain/model';
import { ObjectiveSelect } from '@/components/sidepanel/ObjectiveSelect';

/** Which objective's people to show ('any', an objective id, or 'none'); nothing when there are no objectives. */
export function ObjectiveFilter({
  objectives,
  value,
  onChange,
}: {
  objectives: readonly ObjectiveRecord[] | undefined;
  value: string;
  onChange(value: string): void;
}) {
  if (!objectives || objectives.length === 0) return null;
  return (
    <ObjectiveSelect objectives={objectives} value={value} onChange={onChange} filter />
  );
}
