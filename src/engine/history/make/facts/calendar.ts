// ---------------------------------------------------------------------------------------------
// The calendar
// ---------------------------------------------------------------------------------------------

/**
 * Openings of the parts of the CD's annual session that the record dates (RECORD.md 3.4,
 * VERIFIED from UNOG releases). A `turn.ended` step that opens one of these is verified; the
 * other turn dates of the scenario's calendar are the scenario's own (reconstructed).
 */
export const SESSION_OPENINGS_IN_RECORD: readonly string[] = [
  '2006-01-23',
  '2006-05-15',
  '2006-07-31',
  '2007-01-22',
  '2007-05-14',
  '2007-07-30',
  '2014-01-20',
  '2014-05-12',
  '2014-07-28',
  '2015-01-19',
  '2015-05-25',
  '2015-08-03',
  '2017-01-23',
  '2017-05-15',
  '2017-07-31',
  '2018-01-22',
  '2018-05-14',
  '2018-07-30',
  '2019-01-21',
  '2019-05-13',
  '2019-07-29',
];
