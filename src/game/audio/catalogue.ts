/**
 * Names and mix levels of the PAROS sounds, kept apart from the file imports so that the audio
 * logic and its tests never need Vite or the sound files.
 */

/** One-shot effects a scene can play. */
export type EffectName =
  | 'gavel' // a CD decision is taken (consensus found, or blocked)
  | 'voteChime' // the vote board lights up / a result is shown
  | 'consensus' // a document or decision is adopted without a vote
  | 'objection' // a delegation blocks consensus or objects
  | 'click' // a button is pressed
  | 'hover' // the pointer moves onto a button (interface tick)
  | 'turn' // a new phase or a new delegation's turn
  | 'pageTurn'; // a document is opened or a page turned

/** The looping background of the chamber and the hall. */
export type AmbienceName = 'ambience';

export type SoundName = EffectName | AmbienceName;

export const EFFECT_NAMES: readonly EffectName[] = [
  'gavel',
  'voteChime',
  'consensus',
  'objection',
  'click',
  'hover',
  'turn',
  'pageTurn',
];

/** File URLs per sound, first preferred. */
export type SoundSources = Readonly<Record<SoundName, readonly string[]>>;

/** The file formats of each source list, in the same order (Ogg Vorbis, then MP3). */
export const SOURCE_FORMATS: readonly string[] = ['ogg', 'mp3'];

/**
 * Level of each sound inside its channel (0–1), so the files can all be normalised to a full
 * peak and still sit well together: interface ticks far under the gavel, the chord under the
 * chime.
 */
export const MIX_LEVEL: Readonly<Record<SoundName, number>> = {
  gavel: 0.9,
  voteChime: 0.7,
  consensus: 0.8,
  objection: 0.7,
  click: 0.45,
  hover: 0.3,
  turn: 0.6,
  pageTurn: 0.55,
  ambience: 1,
};

/**
 * Interface ticks that a player who asked for a quiet game does not hear; every sound that
 * carries meaning (a decision, a vote, an objection, a new turn) still plays.
 */
export const DECORATIVE_EFFECTS: ReadonlySet<EffectName> = new Set<EffectName>(['hover']);
