/** How far each kind of game event moves a State's score in the voting model. */

/** The weights of the game's facts: how far each kind of event moves a State's score. */
export const GAME_WEIGHTS = {
  /** A destructive ASAT test, on the tester's texts, among the non-aligned (per test). */
  asatTestNonAligned: 2.5,
  /** The same test, among the Western camp when the tester is outside it. */
  asatTestWest: 1.5,
  /** A test, for a text against destructive tests or for norms, among all but the tester. */
  asatTestForNorms: 2,
  /** A declared moratorium, on the declaring seat's texts and on norms texts. */
  moratorium: 1,
  /** One private consultation (the effect grows with the square root of their number). */
  consultation: 1.5,
  consultationCap: 4,
  /** One plenary statement in the CD this year, among its members (capped at three). */
  statement: 0.25,
  /** A seat's objection that blocked a PAROS body in the CD, on its texts, among the G21. */
  blockedParosBody: 1.5,
  blockedOther: 0.75,
  /** Standing 15 points from neutral moves a group's members by one point of score. */
  standingScale: 15,
  /** Tension above this polarises votes on the Russian texts; below `calm`, it eases them. */
  tensionHigh: 60,
  tensionCalm: 30,
} as const;
