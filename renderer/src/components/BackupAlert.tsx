// A link in the header when backups need attention (none in 24 hours, the second folder missing),
// so the clinic notices without opening Settings. Checked every ten minutes.
import { Link } from 'react-router';
import { useApiQuery } from '../api/useApi';
import { t } from '../i18n';

export function BackupAlert() {
  const status = useApiQuery('safety.status', {}, { refetchInterval: 10 * 60_000, staleTime: 60_000 });
  const warnings = status.data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <Link to="/settings" className="backup-alert" title={warnings.join(' ')}>
      {t('common.backupAlert')}
    </Link>
  );
}
