import { Component, type ReactNode } from 'react';
import { t } from '@/lib/domain/i18n';

interface Props {
  children: ReactNode;
  /** The element a list expects (li in a list). */
  as?: 'li' | 'div';
}

/**
 * One row of a list that cannot be drawn (a damaged stored value) degrades
 * to a line saying so; the rest of the list and the view stay.
 */
export class RowBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Inroads row failed', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const Tag = this.props.as ?? 'li';
    return (
      <Tag className="card muted small" data-testid="row-failed">
        {t('rowFailed')}
      </Tag>
    );
  }
}
