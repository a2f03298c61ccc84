/** Every meeting (or day) of the Conference on Disarmament in the record, in order. */

import type { CdMeeting } from './cd-types';
import { CD_MEETINGS_2002_2009 } from './cd-meetings-2002-2009';
import { CD_MEETINGS_2014_2018 } from './cd-meetings-2014-2018';

export const CD_MEETINGS: readonly CdMeeting[] = [
  ...CD_MEETINGS_2002_2009,
  ...CD_MEETINGS_2014_2018,
];
