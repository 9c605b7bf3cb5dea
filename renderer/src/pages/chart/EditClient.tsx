// Editing a client's details on the chart. The form starts from the client as opened and keeps what
// is typed while the chart refetches; if someone else saves the client meanwhile, it says so, and the
// save (made against the version it started from) is refused with what they changed. Saving again
// then goes ahead over their change, knowingly.
import { useState } from 'react';
import type { ClientRecord } from '../../../../api/contract/clients';
import type { ApiError } from '../../../../api/result';
import { call } from '../../api/client';
import { ChangedUnderneath, useChangedUnderneath } from '../../components/ChangedUnderneath';
import { ClientForm } from '../../components/ClientForm';
import { describeClientChanges } from './clientChanges';
import { t } from '../../i18n';

export function EditClient({ client, onDone }: { client: ClientRecord; onDone: () => void }) {
  const [started] = useState(client);
  const [seen, setSeen] = useState(client);
  const edit = useChangedUnderneath(client.version);
  const [saving, setSaving] = useState(false); // its own save refetches the chart: not news
  return (
    <>
      <ChangedUnderneath show={edit.changed && !saving} what={t('chart.changed.client')} />
      <ClientForm
        initial={started}
        clientId={client.id}
        submitLabel={t('chart.page.saveChanges')}
        onSubmit={async (values): Promise<ApiError | null> => {
          setSaving(true);
          const result = await call('clients.update', { ...values, id: client.id, expectedVersion: edit.startVersion });
          if (result.ok) {
            onDone();
            return null;
          }
          setSaving(false);
          const current = result.error.code === 'conflict' ? (result.error.current as ClientRecord | undefined) : undefined;
          if (!current) return result.error;
          edit.rebase(current.version);
          setSeen(current);
          return { ...result.error, message: result.error.message + describeClientChanges(seen, current) };
        }}
      />
    </>
  );
}
