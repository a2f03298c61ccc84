/** The General Assembly resolutions of 2002–2018, in order (roll calls in the votes data). */

import type { ResolutionFact } from './unga-types';
import { RESOLUTIONS_2002_2009 } from './unga-2002-2009';
import { RESOLUTIONS_2010_2015 } from './unga-2010-2015';
import { RESOLUTIONS_2016_2018 } from './unga-2016-2018';

export const RESOLUTIONS: readonly ResolutionFact[] = [
  ...RESOLUTIONS_2002_2009,
  ...RESOLUTIONS_2010_2015,
  ...RESOLUTIONS_2016_2018,
];
