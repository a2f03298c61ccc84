/**
 * Every drawing as an SVG string, by name, with sample names and votes: what a person looks at
 * to judge the art (render each to PNG), and what the well-formedness test walks through.
 */
import { chamberBackdropSvg } from './chamber';
import { laurelEmblemSvg } from './emblem';
import { hallBackdropSvg } from './hall';
import { titleIllustrationSvg } from './title';
import { namePlateSvg } from './nameplate';
import { voteBoardPreviewSvg } from './board-preview';
import { voteMarkSvg } from './vote-style';
import { HALL } from './theme';

/** Every drawing as an SVG string, by name: for previews and the well-formedness test. */
export function previewSvgs(): Record<string, string> {
  return {
    chamber: chamberBackdropSvg(),
    hall: hallBackdropSvg(),
    title: titleIllustrationSvg(),
    plate: namePlateSvg('Russian Federation'),
    plateOwn: namePlateSvg('China', 220, 56, 'own'),
    plateSpeaking: namePlateSvg('United States of America', 220, 56, 'speaking'),
    voteYes: voteMarkSvg('yes'),
    board: voteBoardPreviewSvg([
      ['Algeria', 'yes'],
      ['Argentina', 'yes'],
      ['Australia', 'abstain'],
      ['Brazil', 'yes'],
      ['China', 'yes'],
      ['France', 'abstain'],
      ['Georgia', 'no'],
      ['India', 'yes'],
      ['Israel', 'no'],
      ['Japan', 'abstain'],
      ['Russian Federation', 'yes'],
      ['Türkiye', 'absent'],
      ['Ukraine', 'no'],
      ['United Kingdom', 'no'],
      ['United States', 'no'],
      ['Venezuela', 'absent'],
    ]),
    emblem: laurelEmblemSvg(HALL.goldDeep, 240),
  };
}
