/**
 * The small Inroads badge on a LinkedIn profile page: plain DOM in a closed
 * shadow root under one fixed host appended to <html>, never inside LinkedIn's
 * own elements. Its words are never text nodes: each element's words sit in a
 * `data-t` attribute that CSS shows (`content: attr(data-t)`), so LinkedIn's
 * scripts can neither find them (window.find), select them nor read them
 * (closed shadow root), while people and screen readers see them as usual.
 * Page-derived strings are only ever attribute values, never markup.
 */
import { t } from '@/lib/domain/i18n';
import { BADGE_CSS, BADGE_HOST_STYLE, BADGE_HOST_TAG } from './styles';
import { messageText, mutualsText, trackedText } from './view';
import type { BadgeView } from './view';

export type { BadgeDegree, BadgeTracked, BadgeView } from './view';

export interface BadgeHandlers {
  onDismiss(): void;
  onOpen(): void;
}

export interface Badge {
  /** Updates the badge in place. A no-op after remove(): create a new badge instead. */
  render(view: BadgeView): void;
  /** Takes the host off the page (idempotent). */
  remove(): void;
  readonly host: HTMLElement;
  /**
   * The closed shadow root. Closed so LinkedIn's own scripts cannot read the
   * user's tracking status through host.shadowRoot; our isolated-world code
   * (and tests) keep this reference instead.
   */
  readonly root: ShadowRoot;
}

interface BadgeParts {
  card: HTMLElement;
  degree: HTMLElement;
  mutuals: HTMLElement;
  approach: HTMLElement;
  status: HTMLElement;
  message: HTMLElement;
  open: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.dataset.t = text;
  return node;
}

function buildCard(doc: Document, root: ShadowRoot, handlers: BadgeHandlers, dismiss: () => void): BadgeParts {
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;

  const card = element(doc, 'aside', 'inroads-card');
  card.setAttribute('role', 'complementary');
  card.setAttribute('aria-label', t('extName'));

  const head = element(doc, 'div', 'inroads-head');
  const close = element(doc, 'button', 'inroads-dismiss', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('badgeDismissLabel'));
  close.title = t('badgeDismissTitle');
  close.addEventListener('click', dismiss);
  head.append(element(doc, 'span', 'inroads-brand', t('extName')), close);

  const parts: BadgeParts = {
    card,
    degree: element(doc, 'p', 'inroads-line inroads-degree'),
    mutuals: element(doc, 'p', 'inroads-line'),
    approach: element(doc, 'p', 'inroads-line'),
    status: element(doc, 'p', 'inroads-line'),
    message: element(doc, 'p', 'inroads-line inroads-muted'),
    open: element(doc, 'button', 'inroads-open', t('badgeOpen')),
  };
  (parts.open as HTMLButtonElement).type = 'button';
  parts.open.addEventListener('click', () => handlers.onOpen());

  card.append(head, parts.message, parts.degree, parts.mutuals, parts.approach, parts.status, parts.open);
  root.append(style, card);
  return parts;
}

/** Sets a line's words (shown by CSS, see above), hiding the line when there are none. */
function setLine(line: HTMLElement, text: string | null | undefined): void {
  const value = text ?? '';
  if (line.dataset.t !== value) line.dataset.t = value;
  line.hidden = value === '';
}

function renderInto(parts: BadgeParts, view: BadgeView): void {
  const ready = view.state === 'ready';
  parts.card.dataset.state = view.state;
  parts.card.setAttribute('aria-busy', String(view.state === 'loading'));
  setLine(parts.message, messageText(view));
  setLine(parts.degree, ready ? view.degreeText : null);
  setLine(parts.mutuals, ready && view.degree !== 'self' ? mutualsText(view.mutualCount, view.mutualFirstNames) : null);
  setLine(parts.approach, ready ? view.approachLabel : null);
  const showStatus = ready && (view.tracked !== undefined || view.degree !== 'self');
  setLine(parts.status, showStatus ? trackedText(view.tracked) : null);
  const overdue = showStatus && view.tracked?.overdue === true;
  parts.status.classList.toggle('inroads-overdue', overdue);
  parts.status.classList.toggle('inroads-muted', showStatus && !view.tracked);
  // The degree unknown: the button opens Inroads to set it (one click to the correction).
  const open = ready && view.canCorrect ? t('badgeSetDegree') : t('badgeOpen');
  if (parts.open.dataset.t !== open) parts.open.dataset.t = open;
}

/**
 * Puts the badge on the page and returns its controls. The host is a plain
 * element with no id, class or name of ours (nothing on LinkedIn's page says
 * "Inroads"); a content script orphaned by an extension update removes its
 * own badge (profile-visits' orphan guard).
 */
export function createBadge(doc: Document, handlers: BadgeHandlers): Badge {
  const host = doc.createElement(BADGE_HOST_TAG);
  host.setAttribute('style', BADGE_HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  let removed = false;

  const remove = (): void => {
    removed = true;
    host.remove();
  };
  const parts = buildCard(doc, root, handlers, () => {
    remove();
    handlers.onDismiss();
  });
  // On <html>, after <body>: fixed, so nothing in LinkedIn's flow moves.
  const mount = (): void => {
    doc.documentElement.append(host);
  };
  renderInto(parts, { state: 'loading', degree: 'unknown', mutualFirstNames: [] });
  mount();

  return {
    host,
    root,
    remove,
    render(view) {
      if (removed) return;
      if (!host.isConnected) mount(); // swept away by LinkedIn's SPA: put it back
      renderInto(parts, view);
    },
  };
}
