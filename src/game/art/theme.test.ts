import { describe, expect, it } from 'vitest';
import { contrastRatio } from './colour';
import { NAMEPLATE } from './nameplate';
import { FONT_SIZE, TEXT_PAIRS, textStyle, uiScale } from './theme';
import { VOTE_BOARD, VOTE_CHOICES, VOTE_STYLE } from './vote-style';

describe('theme', () => {
  it.each(TEXT_PAIRS)('%s reaches 4.5:1', (_name, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(VOTE_CHOICES)('the %s letter reads on its mark (4.5:1)', (choice) => {
    const style = VOTE_STYLE[choice];
    expect(contrastRatio(style.label, style.labelOn)).toBeGreaterThanOrEqual(4.5);
  });

  it('board names and plate names read on their backgrounds', () => {
    expect(contrastRatio(VOTE_BOARD.text, VOTE_BOARD.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(VOTE_BOARD.text, VOTE_BOARD.row)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(NAMEPLATE.text, NAMEPLATE.card)).toBeGreaterThanOrEqual(4.5);
  });

  it('never sets text below 16 px at 1280×720 (24 px on a 1080p projector)', () => {
    for (const size of Object.values(FONT_SIZE)) expect(size).toBeGreaterThanOrEqual(16);
    expect(Math.min(...Object.values(FONT_SIZE)) * uiScale(1080)).toBeGreaterThanOrEqual(24);
  });

  it('builds Phaser text styles, scaled and recoloured on request', () => {
    expect(textStyle('body')).toMatchObject({ fontSize: '20px', color: '#f3efe4' });
    expect(textStyle('body', { scale: 1.5 }).fontSize).toBe('30px');
    expect(textStyle('document').color).toBe('#1d1a16');
    expect(textStyle('heading', { color: 0x7cc4ff })).toMatchObject({
      color: '#7cc4ff',
      fontStyle: 'bold',
    });
  });
});
