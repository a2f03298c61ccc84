import { describe, expect, it } from 'vitest';
import { colorOf, contrastRatio, deltaE, hex, mix, rgbOf, simulate } from './colour';

describe('colour arithmetic', () => {
  it('converts between numbers, channels and CSS hex', () => {
    expect(rgbOf(0x0072b2)).toEqual([0x00, 0x72, 0xb2]);
    expect(colorOf([0x00, 0x72, 0xb2])).toBe(0x0072b2);
    expect(colorOf([300, -4, 12.6])).toBe(0xff000d);
    expect(hex(0x0a0b0c)).toBe('#0a0b0c');
  });

  it('mixes from one colour to the other', () => {
    expect(mix(0x000000, 0xffffff, 0)).toBe(0x000000);
    expect(mix(0x000000, 0xffffff, 1)).toBe(0xffffff);
    expect(mix(0x000000, 0xfefefe, 0.5)).toBe(0x7f7f7f);
  });

  it('gives the WCAG contrast extremes, in either order', () => {
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrastRatio(0xffffff, 0x000000)).toBeCloseTo(21, 5);
    expect(contrastRatio(0x777777, 0x777777)).toBe(1);
    // A published reference pair: #767676 on white is 4.54:1.
    expect(contrastRatio(0x767676, 0xffffff)).toBeCloseTo(4.54, 2);
  });

  it('simulates colour blindness: greys unchanged, red and green confused', () => {
    for (const deficiency of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      expect(deltaE(simulate(0x808080, deficiency), 0x808080)).toBeLessThan(2);
    }
    const red = 0xcc3333;
    const green = 0x558833;
    expect(deltaE(red, green)).toBeGreaterThan(40);
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(
      deltaE(red, green) / 2,
    );
  });

  it('measures no difference between a colour and itself', () => {
    expect(deltaE(0x123456, 0x123456)).toBe(0);
  });
});
