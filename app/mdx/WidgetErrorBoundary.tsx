import { Component, type ContextType, type ReactNode } from 'react';
import { LangContext } from '../widgets/common/i18n';
import { mdxStrings } from './strings';

/**
 * If a widget crashes, the reader sees which one and why, and the rest of the chapter keeps working.
 */
export class WidgetErrorBoundary extends Component<{ title: string; children: ReactNode }, { error: Error | null }> {
  static override contextType = LangContext;
  declare context: ContextType<typeof LangContext>;
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      const s = mdxStrings[this.context];
      return (
        <div className="widget widget-problems" role="alert">
          <p>{s.widgetStopped(this.props.title, this.state.error.message)}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {s.tryAgain}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
