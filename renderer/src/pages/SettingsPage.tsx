import { useApiQuery } from '../api/useApi';
import { ErrorNotice } from '../components/ErrorNotice';
import { BackupSettings } from './settings/BackupSettings';
import { StaffSettings } from './settings/StaffSettings';
import { BookingSettings } from './settings/BookingSettings';
import { RoomSettings } from './settings/RoomSettings';
import { ContactTemplateSettings } from './settings/ContactTemplateSettings';
import { ClinicSettings } from './settings/ClinicSettings';
import { WorkstationSettings } from './settings/WorkstationSettings';
import { KeySettings } from './settings/KeySettings';
import { PigmentSettings } from './settings/PigmentSettings';
import { BatchSettings } from './settings/BatchSettings';
import { PhotoSettings } from './settings/PhotoSettings';
import { MyLanguage } from './settings/MyLanguage';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  return (
    <section>
      <h1>Settings</h1>
      {settings.error && <ErrorNotice message={settings.error.message} />}
      {settings.data && (
        <dl className="facts">
          <div>
            <dt>Clinic</dt>
            <dd>{settings.data.clinicName}</dd>
          </div>
          <div>
            <dt>Second session from</dt>
            <dd>{settings.data.secondSessionMinDays} days after the first</dd>
          </div>
          <div>
            <dt>Later sessions</dt>
            <dd>
              {settings.data.laterSessionMinDays}–{settings.data.laterSessionMaxDays} days after the previous
            </dd>
          </div>
        </dl>
      )}
      <MyLanguage />
      <ClinicSettings />
      <BookingSettings />
      <RoomSettings />
      <ContactTemplateSettings />
      <PigmentSettings />
      <BatchSettings />
      <PhotoSettings />
      <StaffSettings />
      <BackupSettings />
      <WorkstationSettings />
      <KeySettings />
    </section>
  );
}
