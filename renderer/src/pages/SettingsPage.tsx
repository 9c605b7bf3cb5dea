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
import { t } from '../i18n';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  return (
    <section>
      <h1>{t('settings.title')}</h1>
      {settings.error && <ErrorNotice message={settings.error.message} />}
      {settings.data && (
        <dl className="facts">
          <div>
            <dt>{t('settings.facts.clinic')}</dt>
            <dd>{settings.data.clinicName}</dd>
          </div>
          <div>
            <dt>{t('settings.facts.secondFrom')}</dt>
            <dd>{t('settings.facts.secondFromDays', { days: settings.data.secondSessionMinDays })}</dd>
          </div>
          <div>
            <dt>{t('settings.facts.later')}</dt>
            <dd>{t('settings.facts.laterDays', { min: settings.data.laterSessionMinDays, max: settings.data.laterSessionMaxDays })}</dd>
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
