// Reception → To contact: who to ring or message on a chosen day (tomorrow's bookings, deposits due
// before a booking, windows opening this week, touch-up recalls), each with the phone, the clinic's
// message ready to copy and an audited "contacted" tick. Printable, or saved as a PDF.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ContactItem } from '../../../../api/contract/book-contact';
import { addDays } from '../../../../core/dates';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { loadPrintouts } from '../../pdf/load-printouts';
import { ReceptionTabs } from '../reception/ReceptionTabs';
import { formatPhone, getClinicLocale } from '../../format';
import { t } from '../../i18n';
import { formatDay, formatWhen, todayLocal, useClinicSettings } from '../reception/format';
import { CardButtons } from './CardButtons';
import './book.css';

export function ToContactPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('date');
  const day = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : todayLocal();
  const settings = useClinicSettings();
  // The locale in force (the person's own, else the clinic's): the list and its printout read in it.
  const locale = getClinicLocale();
  const list = useApiQuery('book.toContact', { day });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const go = (d: string) => setParams(new URLSearchParams({ date: d }), { replace: true });

  async function give(how: 'print' | 'save') {
    if (!list.data) return;
    setBusy(true);
    setError(null);
    try {
      const { makePdf, buildContactList, printPdf, downloadPdf, contactListFileName } = await loadPrintouts();
      const bytes = await makePdf(
        buildContactList({
          clinicName: settings.data?.clinicName ?? '',
          day,
          items: list.data.items,
          locale,
          paperSize: settings.data?.paperSize ?? 'A4',
        }),
      );
      if (how === 'print') await printPdf(bytes, settings.data?.paperSize ?? 'A4');
      else downloadPdf(bytes, contactListFileName(day, locale));
    } catch {
      setError(t('book.contact.failed'));
    }
    setBusy(false);
  }

  return (
    <section className="contact-page">
      <ReceptionTabs />
      <div className="book-toolbar">
        <div className="actions" role="group" aria-label={t('book.contact.dayShown')}>
          <button type="button" className="button" onClick={() => go(todayLocal())}>
            {t('book.today')}
          </button>
          <button type="button" className="button" onClick={() => go(addDays(day, -1))} aria-label={t('book.toolbar.previous.day')}>
            {t('book.previous')}
          </button>
          <button type="button" className="button" onClick={() => go(addDays(day, 1))} aria-label={t('book.toolbar.next.day')}>
            {t('book.next')}
          </button>
        </div>
        <h1 className="book-heading" aria-live="polite">
          {t('book.contact.heading', { day: formatDay(day, locale) })}
        </h1>
        <div className="actions" role="group" aria-label={t('book.contact.printGroup')}>
          <button type="button" className="button" disabled={!list.data || busy} onClick={() => void give('print')}>
            {t('book.contact.print')}
          </button>
          <button type="button" className="button" disabled={!list.data || busy} onClick={() => void give('save')}>
            {t('book.contact.save')}
          </button>
        </div>
      </div>
      {error && <ErrorNotice message={error} />}
      {list.error && <ErrorNotice message={list.error.message} />}
      {list.data && list.data.items.length === 0 && <p className="notice">{t('book.contact.nobody')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="contact-list" aria-label={t('book.contact.list')}>
          {list.data.items.map((item) => (
            <ContactRow key={item.key} item={item} day={day} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ContactRow({ item, day, locale }: { item: ContactItem; day: string; locale: string }) {
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messageId = `contact-message-${item.key.replace(/:/g, '-')}`;
  async function tick(contacted: boolean) {
    setBusy(true);
    const r = await call('book.markContacted', { day, key: item.key, clientId: item.clientId, contacted });
    setBusy(false);
    setError(r.ok ? null : ((r.error.fields ? Object.values(r.error.fields)[0] : undefined) ?? r.error.message));
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(item.message);
      setCopied(true);
    } catch {
      // No clipboard (an unfocused window): select the text so Ctrl+C copies it.
      const el = document.getElementById(messageId);
      if (el instanceof HTMLTextAreaElement) el.select();
    }
  }
  return (
    <li className={`contact-item${item.contacted ? ' is-contacted' : ''}`}>
      <div className="contact-who">
        <strong>{item.clientName}</strong>
        <span>
          {item.phone ? <a href={`tel:${item.phone.replace(/\s+/g, '')}`}>{formatPhone(item.phone)}</a> : t('book.contact.noPhone')}
        </span>
        <span className="muted">{t(`book.contact.reason.${item.reason}`)}</span>
        {item.bookedFor && <span className="muted">{formatWhen(item.bookedFor, locale)}</span>}
        <label className="contact-tick">
          <input type="checkbox" checked={item.contacted !== null} disabled={busy} onChange={(e) => void tick(e.target.checked)} />{' '}
          {item.contacted?.contactedByName
            ? t('book.contact.contactedBy', { name: item.contacted.contactedByName })
            : t('book.contact.contacted')}
          <span className="visually-hidden">{` ${item.clientName}`}</span>
        </label>
        {error && <ErrorNotice message={error} />}
      </div>
      <div className="contact-message">
        <label htmlFor={messageId}>{t('book.contact.message')}</label>
        <textarea id={messageId} readOnly rows={3} value={item.message} />
        <div className="actions">
          <button type="button" className="button" onClick={() => void copy()}>
            {t('book.contact.copy')}
          </button>
          {copied && (
            <span className="saved-note" role="status">
              {t('book.contact.copied')}
            </span>
          )}
        </div>
        {item.reason === 'booking_tomorrow' && item.sessionId !== null && (
          <CardButtons clientId={item.clientId} sessionId={item.sessionId} clientName={item.clientName} />
        )}
      </div>
    </li>
  );
}
