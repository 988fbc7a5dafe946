import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../i18n';

type State = { error: Error | null };

/** Catches a rendering crash so one broken screen never blanks the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Écran en erreur', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <main className="file-error" role="alert">
        <h1>{i18next.t('crash.title')}</h1>
        <p>{i18next.t('crash.text')}</p>
        <p className="file-error__message">{this.state.error.message}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {i18next.t('crash.reload')}
        </button>
      </main>
    );
  }
}
