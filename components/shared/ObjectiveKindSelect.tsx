import { OBJECTIVE_LABELS } from '@/lib/domain/labels';

/** What the user wants to learn about: a role, a company or an industry (the popup, a person, a new objective). */
export function ObjectiveKindSelect({
  label,
  value,
  onChange,
  unset,
}: {
  label: string;
  value: string;
  onChange(kind: string): void;
  /** Offered first while no kind is chosen yet (a person without an objective). */
  unset?: string;
}) {
  return (
    <label>
      <span className="label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {unset !== undefined && <option value="">{unset}</option>}
        {Object.entries(OBJECTIVE_LABELS).map(([kind, text]) => (
          <option key={kind} value={kind}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
