import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call } from '../api/client';
import { ClientForm } from '../components/ClientForm';

export function NewClientPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <section>
      <h1>New client</h1>
      <ClientForm
        submitLabel="Save client"
        onSubmit={async (values) => {
          const result = await call('clients.create', values);
          if (!result.ok) return result.error;
          await queryClient.invalidateQueries({ queryKey: ['clients.search'] });
          void navigate(`/clients/${result.data.id}`);
          return null;
        }}
      />
    </section>
  );
}
