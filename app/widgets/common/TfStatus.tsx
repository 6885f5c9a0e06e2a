/**
 * The status line of a tfjs widget that trains on the page's own backend, in the page's language: which
 * backend runs and why (from the runtime's reason code), or that tfjs is starting or could not start.
 */
import type { TfBackendInfo } from '../../runtime/tfBackend';
import { useStrings } from './i18n';
import { commonStrings } from './strings';

export function TfStatus({ info, error }: { info: TfBackendInfo | null; error?: string | null }) {
  const t = useStrings(commonStrings);
  if (error) return <span role="alert">{t.tfFailed(error)}</span>;
  if (!info) return <span aria-busy="true">{t.tfStarting}</span>;
  return (
    <span>
      {t.tfBackend}
      <strong>{info.backend}</strong> — {t.tfWhy(info)}
    </span>
  );
}
