import type { SeatId } from '../../../engine/index';
import { CHINA } from './china';
import { EUROPEAN_UNION } from './european-union';
import type { Personality } from './personality';
import { RUSSIA } from './russia';
import { UNITED_STATES } from './united-states';

export { traitIn, valueIn } from './personality';
export type { Attitudes, Era, Leaning, Personality, TraitConfidence } from './personality';

/** The four delegations' personalities, by seat. */
export const PERSONALITIES: Readonly<Record<SeatId, Personality>> = {
  CHN: CHINA,
  RUS: RUSSIA,
  USA: UNITED_STATES,
  EU: EUROPEAN_UNION,
};
