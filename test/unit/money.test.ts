import { strict as assert } from 'node:assert';
import { divRoundHalfAway, formatMoney, formatUnitPrice, minorDigits, minorToDecimal, productToMinor, toMinor } from '../../src/core/money';

describe('money', () => {
  it('knows the minor-unit digits of ISO 4217 currencies', () => {
    assert.equal(minorDigits('USD'), 2);
    assert.equal(minorDigits('EUR'), 2);
    assert.equal(minorDigits('KRW'), 0);
    assert.equal(minorDigits('JPY'), 0);
    assert.equal(minorDigits('VND'), 0);
    assert.equal(minorDigits('KWD'), 3);
    assert.equal(minorDigits('BHD'), 3);
    assert.equal(minorDigits('krw'), 0);
    assert.equal(minorDigits(undefined), 2);
    assert.equal(minorDigits('XYZ'), 2);
    assert.equal(minorDigits('__proto__'), 2);
  });

  it('converts amounts to integer minor units from the decimal as written', () => {
    assert.equal(toMinor(80000, 'USD'), 8_000_000);
    assert.equal(toMinor(0.1, 'USD'), 10);
    assert.equal(toMinor(1234.56, 'EUR'), 123_456);
    assert.equal(toMinor(1500, 'KRW'), 1500);
    assert.equal(toMinor(1.5, 'KWD'), 1500);
    // 1.005 * 100 is 100.49999999999999 in binary; the written decimal is exactly half a cent over.
    assert.equal(toMinor(1.005, 'USD'), 101);
  });

  it('adds 0.1 and 0.2 to exactly 30 cents', () => {
    assert.equal(0.1 + 0.2 === 0.3, false); // the float trap this module exists for
    assert.equal(toMinor(0.1, 'USD') + toMinor(0.2, 'USD'), 30);
    assert.equal(minorToDecimal(toMinor(0.1, 'USD') + toMinor(0.2, 'USD'), 'USD'), '0.30');
  });

  it('rounds half away from zero, once, for sub-unit amounts', () => {
    assert.equal(toMinor(0.005, 'USD'), 1); // 0.5 cent -> 1
    assert.equal(toMinor(0.015, 'USD'), 2); // 1.5 cents -> 2
    assert.equal(toMinor(0.025, 'USD'), 3); // 2.5 cents -> 3 (banker's rounding would give 2)
    assert.equal(toMinor(-0.025, 'USD'), -3);
    assert.equal(toMinor(0.004, 'USD'), 0);
    assert.equal(toMinor(1000.5, 'KRW'), 1001);
    assert.equal(toMinor(999.4, 'JPY'), 999);
    assert.equal(toMinor(0.0005, 'KWD'), 1);
  });

  it('multiplies hours by rate and probability by impact exactly, rounding only the product', () => {
    assert.equal(productToMinor(1200, 45, 'USD'), 5_400_000); // 54,000.00
    assert.equal(productToMinor(0.1, 1_000_000, 'USD'), 10_000_000); // 100,000.00
    // 0.5 h x 0.01 = 0.005 USD = half a cent -> 1 cent
    assert.equal(productToMinor(0.5, 0.01, 'USD'), 1);
    // 2.5 h x 0.01 = 0.025 USD = 2.5 cents -> 3 cents
    assert.equal(productToMinor(2.5, 0.01, 'USD'), 3);
    // 1.5 h x 1,001 KRW = 1,501.5 won -> 1,502 (no minor unit)
    assert.equal(productToMinor(1.5, 1001, 'KRW'), 1502);
    // 0.125 x 4 KRW = 0.5 won -> 1
    assert.equal(productToMinor(0.125, 4, 'KRW'), 1);
    // 3 h x 33.335 = 100.005 USD -> 100.01 (rounding each factor to cents first would give 100.02)
    assert.equal(productToMinor(3, 33.335, 'USD'), 10_001);
    // 0.07 x 1,000,000 = 70,000 exactly, though 0.07 * 1e6 is 70000.00000000001 in floats
    assert.equal(productToMinor(0.07, 1_000_000, 'USD'), 7_000_000);
  });

  it('handles exponents and refuses what it cannot hold', () => {
    assert.equal(toMinor(1e-7, 'USD'), 0);
    assert.equal(toMinor(1e3, 'USD'), 100_000);
    assert.throws(() => toMinor(Number.NaN, 'USD'), RangeError);
    assert.throws(() => toMinor(Infinity, 'USD'), RangeError);
    assert.throws(() => toMinor(1e20, 'USD'), RangeError);
  });

  it('divides with half-away-from-zero rounding', () => {
    assert.equal(divRoundHalfAway(5n, 2n), 3n);
    assert.equal(divRoundHalfAway(-5n, 2n), -3n);
    assert.equal(divRoundHalfAway(7n, 3n), 2n);
    assert.equal(divRoundHalfAway(-7n, 3n), -2n);
    assert.throws(() => divRoundHalfAway(1n, 0n), RangeError);
  });

  it('writes minor units as exact decimals', () => {
    assert.equal(minorToDecimal(38_100_000, 'USD'), '381000.00');
    assert.equal(minorToDecimal(5, 'USD'), '0.05');
    assert.equal(minorToDecimal(-5, 'USD'), '-0.05');
    assert.equal(minorToDecimal(1502, 'KRW'), '1502');
    assert.equal(minorToDecimal(1500, 'KWD'), '1.500');
  });

  it('formats money in a locale with the currency minor digits', () => {
    assert.equal(formatMoney(38_100_000, 'USD', 'en-US'), '$381,000.00');
    assert.equal(formatMoney(1502, 'KRW', 'ko-KR'), '₩1,502');
    assert.equal(formatMoney(-6_800_000, 'USD', 'en-US'), '-$68,000.00');
    assert.equal(formatMoney(12345, undefined, 'en-US'), '123.45');
    assert.match(formatMoney(12345, 'ABC', 'en-US'), /^ABC\s123\.45$/); // well-formed but unknown: Intl shows the code
    assert.equal(formatMoney(12345, 'dollars', 'en-US'), '123.45 dollars');
  });

  it('formats a unit price like the totals beside it, keeping finer digits when they are there', () => {
    assert.equal(formatUnitPrice(0.4, 'USD', 'en-US'), '$0.40');
    assert.equal(formatUnitPrice(0.125, 'USD', 'en-US'), '$0.125');
    assert.equal(formatUnitPrice(2.5, 'KRW', 'ko-KR'), '₩2.5');
    assert.equal(formatUnitPrice(1200, 'KRW', 'ko-KR'), '₩1,200');
    assert.equal(formatUnitPrice(0.4, undefined, 'en-US'), '0.40');
    assert.equal(formatUnitPrice(0.4, 'dollars', 'en-US'), '0.40 dollars');
  });
});
