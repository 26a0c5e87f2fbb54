/**
 * A view (the outbreak Atlas, the national view) that throws while rendering is replaced by a message and a link
 * to the view's default URL, never by a blank page. The link is a full page load, so no state of the failed view
 * (its zoom, its date) survives into the next one; the reader also sees what went wrong, in one line.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Language } from '../../url/view-state';
import { t } from './i18n';

export interface ViewErrorBoundaryProps {
  /** Which view this is: its default URL is the way back. */
  national: boolean;
  /** The reader's language when the error comes (read then: the view may have switched it since it opened). */
  language: () => Language;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** What replaces the view: the message in the reader's language, the error's own words, the way back. */
export function ViewErrorMessage({ lang, home, error }: { lang: Language; home: string; error: Error }) {
  return (
    <div className="app-state is-error" role="alert" data-testid="view-error">
      <p>{t(lang, 'viewFailed')}</p>
      <p className="detail">{error.message}</p>
      <a href={home} data-testid="view-error-home">{t(lang, 'viewFailedHome')}</a>
    </div>
  );
}

export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for a bug report: the message on the page is one line.
    console.error('View failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = this.props.language();
    return <ViewErrorMessage lang={lang} home={defaultViewHref(this.props.national, lang)} error={error} />;
  }
}

/** The default URL of a view in the reader's language: the outbreak views' start, or the national view's. */
export function defaultViewHref(national: boolean, lang: Language): string {
  const keys = [national ? 'o=china' : '', lang === 'en' ? 'lang=en' : ''].filter(Boolean);
  return keys.length ? `?${keys.join('&')}` : './';
}
