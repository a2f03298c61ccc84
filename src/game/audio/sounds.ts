/**
 * The catalogue of PAROS sounds: which files make each one and how loud it sits in the mix.
 *
 * The files are synthesised by assets/sounds/make-sounds.sh. Vite turns each `?url` import into
 * the hashed URL of the built file (or a data URI for the smallest ones). Ogg Vorbis comes first
 * so Howler prefers it: it is smaller and loops without the encoder gap MP3 leaves.
 */
import ambienceMp3 from '../../../assets/sounds/ambience.mp3?url';
import ambienceOgg from '../../../assets/sounds/ambience.ogg?url';
import clickMp3 from '../../../assets/sounds/click.mp3?url';
import clickOgg from '../../../assets/sounds/click.ogg?url';
import consensusMp3 from '../../../assets/sounds/consensus.mp3?url';
import consensusOgg from '../../../assets/sounds/consensus.ogg?url';
import gavelMp3 from '../../../assets/sounds/gavel.mp3?url';
import gavelOgg from '../../../assets/sounds/gavel.ogg?url';
import hoverMp3 from '../../../assets/sounds/hover.mp3?url';
import hoverOgg from '../../../assets/sounds/hover.ogg?url';
import objectionMp3 from '../../../assets/sounds/objection.mp3?url';
import objectionOgg from '../../../assets/sounds/objection.ogg?url';
import pageTurnMp3 from '../../../assets/sounds/page-turn.mp3?url';
import pageTurnOgg from '../../../assets/sounds/page-turn.ogg?url';
import turnMp3 from '../../../assets/sounds/turn.mp3?url';
import turnOgg from '../../../assets/sounds/turn.ogg?url';
import voteChimeMp3 from '../../../assets/sounds/vote-chime.mp3?url';
import voteChimeOgg from '../../../assets/sounds/vote-chime.ogg?url';
import type { SoundSources } from './catalogue';

/** The built URLs of every sound, in Howler's order of preference (Ogg, then MP3). */
export const SOUND_FILES: SoundSources = {
  gavel: [gavelOgg, gavelMp3],
  voteChime: [voteChimeOgg, voteChimeMp3],
  consensus: [consensusOgg, consensusMp3],
  objection: [objectionOgg, objectionMp3],
  click: [clickOgg, clickMp3],
  hover: [hoverOgg, hoverMp3],
  turn: [turnOgg, turnMp3],
  pageTurn: [pageTurnOgg, pageTurnMp3],
  ambience: [ambienceOgg, ambienceMp3],
};
