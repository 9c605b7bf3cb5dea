import { useNavigate } from 'react-router';
import { call } from '../api/client';
import { ClientForm } from '../components/ClientForm';
import { t } from '../i18n';

export function NewClientPage() {
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('clients.new.title')}</h1>
      <ClientForm
        submitLabel={t('clients.new.save')}
        clientId={null}
        onSubmit={async (values) => {
          const result = await call('clients.create', values);
          if (!result.ok) return result.error;
          void navigate(`/clients/${result.data.id}`);
          return null;
        }}
      />
    </section>
  );
}
