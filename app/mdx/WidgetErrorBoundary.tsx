import { Component, type ReactNode } from 'react';

/**
 * If a widget crashes, the reader sees which one and why, and the rest of the chapter keeps working.
 */
export class WidgetErrorBoundary extends Component<{ title: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="widget widget-problems" role="alert">
          <p>
            <strong>{this.props.title}</strong> stopped: {this.state.error.message}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
