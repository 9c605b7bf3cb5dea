import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits, minorToInput, parseMoney } from './money';

describe('money', () => {
  it('formats minor units in the clinic locale', () => {
    expect(formatMoney(10000, 'GBP', 'en-GB')).toBe('£100.00');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(5000, 'JPY', 'ja-JP')).toBe('￥5,000');
  });
  it('knows how many minor digits a currency has', () => {
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
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
});
