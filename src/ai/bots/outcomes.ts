import type { GameState, SeatId } from '../../engine/index';
import { appraiserFor } from './appraise';
import { decision, documents, drafts, isCode, isPpwt } from './read-view';

/** Weights of what has come out of the game so far, on the appraisal scale. */
const DECISION_WEIGHT = 3;
const RESOLUTION_WEIGHT = 2.5;
const DOCUMENT_WEIGHT = 0.8;
/** A text through the First Committee is most of the way to a resolution. */
const COMMITTEE_SHARE = 0.5;

/**
 * What the public outcomes of a state are worth to a seat by its personality: CD decisions
 * adopted or blocked (a negotiating mandate, a programme of work), General Assembly texts adopted
 * or rejected, its own documents on the table. The standard and hard bots add this to their
 * objectives' score, so a move that brings a wanted outcome nearer is seen as such even where no
 * objective names it.
 */
export function outcomeValue(state: GameState, seat: SeatId): number {
  const appraiser = appraiserFor(state, seat);
  let value = 0;
  for (const id of state.cd.decisionOrder) {
    const reading = decision(state, id);
    if (reading === null || reading.active) continue;
    const support = appraiser.decisionSupport(reading);
    if (reading.status === 'adopted') value += DECISION_WEIGHT * support;
    else if (reading.status === 'blocked') value -= 0.5 * DECISION_WEIGHT * support;
  }
  for (const reading of drafts(state)) {
    const support = appraiser.textSupport(reading.kind);
    const passedCommittee = reading.results.some(
      (result) => result.stage === 'committee' && result.subject === 'whole' && result.adopted,
    );
    const outcome =
      reading.status === 'adopted'
        ? 1
        : reading.status === 'rejected'
          ? -0.6
          : passedCommittee
            ? COMMITTEE_SHARE
            : 0;
    value += outcome * RESOLUTION_WEIGHT * support;
    if (reading.sponsors.includes(seat) || reading.coSponsors.includes(seat)) {
      value += 0.1 * Math.min(reading.coSponsors.length, 20) * Math.sign(support);
    }
  }
  for (const document of documents(state)) {
    if (document.symbol === null || !document.authors.includes(seat)) continue;
    const stake = isPpwt(document)
      ? appraiser.attitude('ppwt')
      : isCode(document)
        ? appraiser.attitude('codeOfConduct')
        : 0.4 + 0.6 * appraiser.attitude('writtenResponses');
    value += DOCUMENT_WEIGHT * Math.max(stake, 0.3);
  }
  return value;
}
