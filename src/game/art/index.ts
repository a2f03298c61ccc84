/**
 * The PAROS art, drawn in code: backdrops, the title illustration, name plates, vote marks and
 * the theme. Every `draw…` function takes a Phaser Graphics (or any `Painter`); every `…Svg`
 * function returns the same drawing as an SVG string.
 */
export * from './theme';
export type { Painter, Point } from './painter';
export { SvgPainter, escapeXml } from './svg-painter';
export { contrastRatio, hex, mix } from './colour';
export { chamberBackdropSvg, drawChamberBackdrop } from './chamber';
export { drawLaurelEmblem, laurelEmblemSvg } from './emblem';
export { drawHallBackdrop, hallBackdropSvg, hallScreens } from './hall';
export { drawTitleIllustration, titleIllustrationSvg } from './title';
export type { PlateState } from './nameplate';
export { NAMEPLATE, drawNamePlate, namePlateSvg, namePlateTextStyle } from './nameplate';
export type { VoteChoice, VoteShape, VoteStyle } from './vote-style';
export {
  VOTE_BOARD,
  VOTE_CHOICES,
  VOTE_STYLE,
  drawVoteMark,
  voteLetterStyle,
  voteMarkSvg,
} from './vote-style';
export { voteBoardPreviewSvg } from './board-preview';
export { previewSvgs } from './previews';
