import json from './voting-data.json';
import type { VotingData } from './types';

/** The committed data of the voting model (written by `make-voting-data.ts`). */
export const VOTING_DATA: VotingData = json;
