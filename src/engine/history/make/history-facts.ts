/**
 * The hand-written facts of the PPWT record, 2002–2022, that `make-history-log.ts` turns into
 * the replay log `scenarios/ppwt-history.log.json`. Plain typed data, one entry per fact, each
 * with its confidence and its source in the record, so that a reader can check every fact
 * against `shared/history/` (RECORD.md, RECORD-ADDENDUM.md, votes/).
 *
 * Conventions:
 * - `confidence` is how sure the record is of the fact, in the record's own terms: `verified`
 *   (seen in a source), `uncertain` (the record says UNCERTAIN, or the fact is read from the
 *   record indirectly), `reconstructed` (not in the record: the engine needs something there,
 *   such as a President to convene, a delegation to request a vote, a day).
 * - A day not in the record is never made up: the step then keeps the date of the turn it falls
 *   in (`when` absent or `at`), and says so in its note.
 * - Roll calls are not written here: the generator reads them from
 *   `../shared/history/votes/` (plenary 2002–2014, country by country; totals 2015–2018) and
 *   rebuilds the others from the totals and the States named below.
 */

export * from './facts/types';
export * from './facts/cd-types';
export * from './facts/cd-meetings';
export * from './facts/unga-types';
export * from './facts/unga-2002-2018';
export * from './facts/unga-2019-2022';
export * from './facts/gge';
export * from './facts/calendar';
export * from './facts/gaps';
