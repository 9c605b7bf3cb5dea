// The book's printouts as react-pdf documents: the day's to-contact list and an appointment card.
// Pure apart from the fonts: built the same way in the app (makeBookPdf) and under Node (tests).
import { createElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { AppointmentCard as CardData } from '../../../api/contract/book-contact';
import { AppointmentCard } from './AppointmentCard';
import { ContactListSheet, type ContactListData } from './ContactListSheet';
import { translate } from '../../../core/i18n/translate';

export function buildContactList(data: ContactListData): ReactElement<DocumentProps> {
  return createElement(ContactListSheet, { data }) as unknown as ReactElement<DocumentProps>;
}

export function buildAppointmentCard(data: CardData): ReactElement<DocumentProps> {
  return createElement(AppointmentCard, { data }) as unknown as ReactElement<DocumentProps>;
}

const safe = (s: string) => s.replace(/[\\/:*?"<>|]+/g, ' ').trim();
export const contactListFileName = (day: string, locale: string) => translate(locale, 'printouts.contact.file', { day });
export const cardFileName = (c: CardData) =>
  translate(c.locale, 'printouts.card.file', {
    client: safe(`${c.client.firstName} ${c.client.lastName}`),
    day: c.booking.startsAt.slice(0, 10),
  });
