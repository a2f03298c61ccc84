/**
 * A sample vote board as an SVG string: rows of delegations with their vote marks and the
 * tally. Used to look at the vote palette together (previews, the art test); the real board is
 * drawn by the hall scene from engine results with the same pieces.
 */
import { SvgPainter } from './svg-painter';
import { FONTS } from './theme';
import type { VoteChoice } from './vote-style';
import { VOTE_BOARD, VOTE_CHOICES, VOTE_STYLE, drawVoteMark, voteLetterStyle } from './vote-style';

export function voteBoardPreviewSvg(rows: readonly (readonly [string, VoteChoice])[]): string {
  const rowHeight = 30;
  const columnWidth = 260;
  const perColumn = Math.ceil(rows.length / 2);
  const width = columnWidth * 2 + 40;
  const height = perColumn * rowHeight + 110;
  const g = new SvgPainter();
  g.fillStyle(VOTE_BOARD.background).fillRect(0, 0, width, height);
  rows.forEach(([name, choice], i) => {
    const x = 20 + Math.floor(i / perColumn) * columnWidth;
    const y = 20 + (i % perColumn) * rowHeight;
    g.fillStyle(i % 2 === 0 ? VOTE_BOARD.row : VOTE_BOARD.background).fillRect(
      x,
      y,
      columnWidth - 10,
      rowHeight,
    );
    const size = rowHeight * 0.72;
    drawVoteMark(g, x + 18, y + rowHeight / 2, size, choice);
    const letter = voteLetterStyle(choice, size);
    g.text(x + 18, y + rowHeight / 2 + letter.dy, VOTE_STYLE[choice].letter, {
      size: parseFloat(letter.fontSize),
      color: VOTE_STYLE[choice].label,
      family: FONTS.sans,
      weight: 700,
      anchor: 'middle',
    });
    g.text(x + 40, y + rowHeight / 2, name, {
      size: 16,
      color: VOTE_BOARD.text,
      family: FONTS.sans,
    });
  });
  const tallyY = height - 50;
  VOTE_CHOICES.forEach((choice, i) => {
    const x = 40 + i * 130;
    const count = rows.filter(([, vote]) => vote === choice).length;
    drawVoteMark(g, x, tallyY, 26, choice);
    g.text(x + 24, tallyY, `${choice} ${count}`, {
      size: 18,
      color: VOTE_BOARD.text,
      family: FONTS.sans,
    });
  });
  return g.toSvg(width, height, 'Sample vote board');
}
