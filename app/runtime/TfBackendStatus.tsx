import type { TfBackendInfo } from './tfBackend';

/** The small status line every tfjs widget shows: which backend runs, and why. */
export function TfBackendStatus({ info, error }: { info: TfBackendInfo | null; error?: string | null }) {
  if (error) return <span role="alert">tfjs could not start: {error}</span>;
  if (!info) return <span aria-busy="true">Starting tfjs…</span>;
  return (
    <span>
      tfjs backend: <strong>{info.backend}</strong> — {info.reason}
    </span>
  );
}
