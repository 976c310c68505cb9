import { Component, type ReactNode } from 'react';
import { t } from '@/lib/domain/i18n';

interface Props {
  children: ReactNode;
}

/**
 * Keeps a failure inside one view (a chunk that no longer loads after an
 * update, a row that cannot be drawn) from blanking the popup or the side panel:
 * says so and offers a reload (the side panel keeps its tabs usable).
 */
export class ViewErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Inroads view failed', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="warning" role="alert" data-testid="view-failed">
        <p>{t('viewFailed')}</p>
        <button type="button" onClick={() => location.reload()}>
          {t('viewReload')}
        </button>
      </div>
    );
  }
}
