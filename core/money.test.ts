import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact, minorDigits, minorToInput, parseMoney } from './money';

describe('money', () => {
  it('formats minor units in the clinic locale', () => {
    expect(formatMoney(10000, 'GBP', 'en-GB')).toBe('£100.00');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(5000, 'JPY', 'ja-JP')).toBe('￥5,000');
  });
  it('shows pounds in the UK style when no locale is given', () => {
    expect(formatMoney(10000, 'GBP')).toBe('£100.00');
  });
  it('knows how many minor digits a currency has', () => {
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3); // 1000 fils to the dinar
  });
  it('still shows an amount, with two decimals, when the currency setting is not a currency code', () => {
    expect(minorDigits('POUNDS')).toBe(2);
    expect(formatMoney(1050, 'POUNDS', 'en-GB')).toBe('10.50 POUNDS');
  });
  it('reads what people type', () => {
    expect(parseMoney('60', 'GBP')).toBe(6000);
    expect(parseMoney('£1,500', 'GBP')).toBe(150000);
    expect(parseMoney('1500.5', 'GBP')).toBe(150050);
    expect(parseMoney('1.500,50', 'EUR')).toBe(150050);
    expect(parseMoney('5000', 'JPY')).toBe(5000);
    expect(parseMoney('', 'GBP')).toBeNull();
    expect(parseMoney('-5', 'GBP')).toBeNull();
    expect(parseMoney('abc', 'GBP')).toBeNull();
    expect(minorToInput(6050, 'GBP')).toBe('60.50');
  });
  it('reads amounts typed with spaces, including the narrow spaces of French and Swiss formats', () => {
    expect(parseMoney('1 500', 'GBP')).toBe(150000);
    expect(parseMoney('£ 60', 'GBP')).toBe(6000);
    expect(parseMoney('1\u202f500,50', 'EUR')).toBe(150050);
    expect(parseMoney('1\u00a0500', 'EUR')).toBe(150000);
  });
  it('refuses a negative amount however it is typed', () => {
    expect(parseMoney('-5.50', 'GBP')).toBeNull();
    expect(parseMoney('£-60', 'GBP')).toBeNull();
    expect(parseMoney('60-', 'GBP')).toBeNull();
    expect(parseMoney('-', 'GBP')).toBeNull();
  });
  it('reads a comma in yen, which has no minor units, as a thousands mark', () => {
    expect(parseMoney('1,50', 'JPY')).toBe(150);
    expect(parseMoney('1.500', 'JPY')).toBe(1500);
    expect(parseMoney('-1,50', 'JPY')).toBeNull();
  });
  it('reads dinars to the fils', () => {
    expect(parseMoney('2.5', 'KWD')).toBe(2500);
    expect(parseMoney('2.125', 'KWD')).toBe(2125); // three digits after a point are fils, not thousands
    expect(parseMoney('1,500', 'KWD')).toBe(1_500_000); // a comma before three is still a thousands mark
    expect(parseMoney('1,500.250', 'KWD')).toBe(1_500_250);
    expect(parseMoney('1.500.250', 'KWD')).toBe(1_500_250); // the last point before three digits marks the fils
  });

  it('does not read a mistyped amount as thousands', () => {
    expect(parseMoney('12.3456', 'KWD')).toBeNull(); // four digits after a point: neither fils nor thousands
    expect(parseMoney('12.345', 'GBP')).toBe(1_234_500); // a thousands mark, as "12,345" would be
    expect(parseMoney('1.5000', 'GBP')).toBeNull();
    expect(parseMoney('15,00,0', 'GBP')).toBeNull();
    expect(parseMoney('1,500,000', 'GBP')).toBe(150_000_000);
    expect(parseMoney('1234.567', 'GBP')).toBeNull(); // a thousands mark after four digits
    expect(parseMoney('1.5000', 'JPY')).toBeNull(); // nor in yen
    expect(parseMoney('2.125', 'GBP')).toBe(212_500); // pounds have two minor digits: a thousands mark
  });

  it('shortens an amount for a chart axis in the clinic locale, with the currency’s own minor digits', () => {
    expect(formatMoneyCompact(81_234_567, 'GBP', 'en-GB')).toBe('£812.3k');
    expect(formatMoneyCompact(123_456_700, 'EUR', 'de-DE')).toBe('1,2\u00a0Mio.\u00a0€');
    expect(formatMoneyCompact(1500, 'JPY', 'ja-JP')).toBe('￥1500');
    expect(formatMoneyCompact(0, 'GBP', 'en-GB')).toBe('£0');
    expect(formatMoneyCompact(100, 'XYZ1', 'en-GB')).toBe('1 XYZ1'); // a code Intl refuses still reads
  });
});
