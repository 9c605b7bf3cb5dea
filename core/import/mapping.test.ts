import { describe, expect, it } from 'vitest';
import { fieldByName } from './fields';
import { guessMapping, recogniseSystem } from './mapping';

const FRESHA = [
  'Client ID',
  'First Name',
  'Last Name',
  'Full Name',
  'Blocked',
  'Gender',
  'Mobile Number',
  'Telephone',
  'Email',
  'Date of Birth',
  'Note',
  'Added',
];
const VAGARO = [
  'First Name',
  'Last Name',
  'Email',
  'Mobile',
  'Day',
  'Night',
  'Address',
  'City',
  'Birthdate',
  'Customer Since',
  'Last Visited',
  'Tags',
  'Refered By',
];
const SQUARE = [
  'Reference ID',
  'First Name',
  'Last Name',
  'Email Address',
  'Phone Number',
  'Birthday',
  'Memo',
  'Square Customer ID',
  'Last Visit',
];

describe('guessMapping', () => {
  it('recognises Fresha’s export and maps its columns as Fresha means them', () => {
    const { system, fields } = guessMapping(FRESHA);
    expect(system).toBe('fresha');
    expect(fields).toEqual([
      'ignore',
      'firstName',
      'lastName',
      'ignore',
      'ignore',
      'ignore',
      'phone',
      'phone',
      'email',
      'dateOfBirth',
      'notes',
      'visit',
    ]);
  });

  it('recognises Vagaro’s and Square’s', () => {
    const vagaro = guessMapping(VAGARO);
    expect(vagaro.system).toBe('vagaro');
    expect(vagaro.fields.slice(0, 6)).toEqual(['firstName', 'lastName', 'email', 'phone', 'phone', 'phone']);
    expect(vagaro.fields[8]).toBe('dateOfBirth');
    expect(vagaro.fields[10]).toBe('visit');
    const square = guessMapping(SQUARE);
    expect(square.system).toBe('square');
    expect(square.fields).toEqual(['ignore', 'firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'notes', 'ignore', 'visit']);
  });

  it('matches a clinic’s own spreadsheet by the words of its headers', () => {
    const headers = ['Name', 'E-mail', 'Tel.', 'DOB', 'Allergies', 'Favourite colour'];
    expect(recogniseSystem(headers)).toBeNull();
    expect(guessMapping(headers).fields).toEqual(['fullName', 'email', 'phone', 'dateOfBirth', 'notes', 'ignore']);
    expect(fieldByName('Surname')).toBe('lastName');
    expect(fieldByName('Forename')).toBe('firstName');
    expect(fieldByName('Cell phone')).toBe('phone');
  });

  it('does not take a full name beside first and last names', () => {
    expect(guessMapping(['Name', 'First name', 'Last name']).fields).toEqual(['ignore', 'firstName', 'lastName']);
  });
});

describe('fieldByName', () => {
  it('reads German and Spanish headers, Stipple’s own exports in those languages among them', () => {
    const de = ['Kunde', 'Vorname', 'Nachname', 'Telefon', 'Handynummer', 'E-Mail', 'Geburtsdatum', 'Notizen', 'Letzter Besuch', 'Sitzung'];
    expect(de.map(fieldByName)).toEqual([
      'fullName',
      'firstName',
      'lastName',
      'phone',
      'phone',
      'email',
      'dateOfBirth',
      'notes',
      'visit',
      'ignore',
    ]);
    const es = [
      'Cliente',
      'Nombre',
      'Apellidos',
      'Teléfono',
      'Móvil',
      'Correo electrónico',
      'Fecha de nacimiento',
      'Notas',
      'Última visita',
      'Sesión',
    ];
    expect(es.map(fieldByName)).toEqual([
      'fullName',
      'firstName',
      'lastName',
      'phone',
      'phone',
      'email',
      'dateOfBirth',
      'notes',
      'visit',
      'ignore',
    ]);
  });

  it('takes only date-like headers as visits', () => {
    expect(fieldByName('Last Visited')).toBe('visit');
    expect(fieldByName('Next appointment')).toBe('visit');
    expect(fieldByName('Customer since')).toBe('visit');
    expect(fieldByName('Online Booking')).toBe('ignore');
    expect(fieldByName('Appointments Booked')).toBe('ignore');
  });
});
