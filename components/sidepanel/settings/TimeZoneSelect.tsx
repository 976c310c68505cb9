import { useMemo } from 'react';
import { t } from '@/lib/domain/i18n';

/** IANA zones the browser knows (plus UTC and the saved value), or undefined where it cannot list them. */
function knownZones(saved: string): string[] | undefined {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  if (typeof intl.supportedValuesOf !== 'function') return undefined;
  const zones = new Set(intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (saved) zones.add(saved);
  return [...zones].sort();
}

function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return '';
  }
}

interface Props {
  value: string;
  onChange: (zone: string) => void;
  invalid: boolean;
  describedBy?: string;
}

/** The time zone follow-up dates are computed in: "Browser default" or a named IANA zone. */
export function TimeZoneSelect({ value, onChange, invalid, describedBy }: Props) {
  const zones = useMemo(() => knownZones(value), [value]);
  const here = useMemo(() => browserZone(), []);
  const common = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  const browserDefault = here ? t('settingsBrowserZoneNamed', here) : t('settingsBrowserZone');
  return (
    <label>
      <span className="label">{t('settingsFieldTimeZone')}</span>
      {zones ? (
        <select name="timeZone" value={value} onChange={(e) => onChange(e.target.value)} {...common}>
          <option value="">{browserDefault}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      ) : (
        <input
          name="timeZone"
          value={value}
          placeholder={browserDefault}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      )}
    </label>
  );
}
