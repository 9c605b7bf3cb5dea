import { useNavigate } from 'react-router';
import { call } from '../api/client';
import { ClientForm } from '../components/ClientForm';

export function NewClientPage() {
  const navigate = useNavigate();
  return (
    <section>
      <h1>New client</h1>
      <ClientForm
        submitLabel="Save client"
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
