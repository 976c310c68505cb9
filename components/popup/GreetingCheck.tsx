import type { IntroducerOption } from '@/lib/domain/approach/types';
import { firstNameOf } from '@/lib/domain/templates/render/names';
import { t } from '@/lib/domain/i18n';

/** The first name as a whole word, for replacing the greeting ("Hi Laetitia," → "Hi Clément,"). */
function wordRe(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}(?=$|[^\\p{L}])`, 'gu');
}

const firstOf = (option: IntroducerOption) => option.firstName || firstNameOf(option.name) || option.name;

/** The text with the old introducer's first name replaced by the new one's. */
export function regreet(text: string, from: IntroducerOption, to: IntroducerOption): string {
  return text.replace(wordRe(firstOf(from)), (_m, before: string) => `${before}${firstOf(to)}`);
}

interface Props {
  /** The introducer the edited draft was written to. */
  greets: IntroducerOption;
  chosen: IntroducerOption;
  onUpdate(): void;
  onKeep(): void;
}

/**
 * The introducer changed after the draft was edited by hand: greet and record
 * the same person — update the greeting to the new one, or keep the old one.
 * Mark as sent waits until the user chooses (never records one and greets another).
 */
export function GreetingCheck({ greets, chosen, onUpdate, onKeep }: Props) {
  return (
    <div className="warning small stack" role="alert" data-testid="greeting-check">
      <p>{t('draftGreetingMismatch', [greets.name, chosen.name])}</p>
      <div className="row">
        <button type="button" onClick={onUpdate}>
          {t('draftGreetingUpdate', chosen.name)}
        </button>
        <button type="button" onClick={onKeep}>
          {t('draftGreetingKeep', greets.name)}
        </button>
      </div>
    </div>
  );
}
