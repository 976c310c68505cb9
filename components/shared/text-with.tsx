import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey, type Substitution } from '@/lib/domain/i18n';

/** Marks an element's place in the message text (a private-use character: in no message or name). */
const MARK = '\uE000';

/**
 * A message with elements in it, e.g. "Referred by $name$" with a link as
 * $name$: the translation decides where the link goes. Strings and numbers
 * are substituted as text; anything else is rendered in its place.
 */
export function textWith(key: MessageKey, substitutions: readonly (Substitution | ReactNode)[]): ReactNode[] {
  const elements: ReactNode[] = [];
  const subs = substitutions.map((s) =>
    typeof s === 'string' || typeof s === 'number' ? s : `${MARK}${elements.push(s) - 1}${MARK}`,
  );
  return t(key, subs)
    .split(MARK)
    .map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{elements[Number(piece)]}</Fragment>));
}
