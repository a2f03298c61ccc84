#!/usr/bin/env bash
# Synthesises every PAROS sound from nothing but SoX, so the sounds carry no third-party licence
# and can be rebuilt or retuned by anyone with this script.
#
# Requires: bash and SoX 14.4 with Vorbis and MP3 (LAME) support. On Debian/Ubuntu:
#   apt-get install -y sox libsox-fmt-all
# Check with `sox -h`: "ogg" and "mp3" must be listed under AUDIO FILE FORMATS.
#
# Usage: bash assets/sounds/make-sounds.sh     (writes <name>.ogg and <name>.mp3 next to itself)
#
# Each sound is first built as a 44.1 kHz mono WAV master in a temporary folder, normalised to a
# fixed peak (effects -3 dBFS, the soft chord -6 dBFS, the ambience -14 dBFS so that it sits
# under speech and effects), then encoded twice: Ogg Vorbis (listed first for Howler, and the
# only format that loops without a gap) and MP3 (for browsers without Vorbis). `sox -R` seeds
# the noise generators with a fixed number, so a rerun gives the same masters.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap '[ -n "${KEEP_WORK:-}" ] && echo "make-sounds: masters kept in $WORK" || rm -rf "$WORK"' EXIT

command -v sox >/dev/null || { echo "make-sounds: sox is missing (apt-get install -y sox libsox-fmt-all)" >&2; exit 1; }
for format in ogg mp3; do
  sox -h | grep -q "AUDIO FILE FORMATS:.* $format" \
    || { echo "make-sounds: this sox cannot write $format (install libsox-fmt-all)" >&2; exit 1; }
done

RATE=44100
# Mixing steps use `sox -G` (guard against clipping: a first pass measures, the second scales).
# Because of that two-pass run, SoX may print "trim: End position is after expected end" and
# "pad: Input audio too short" for the mixes below; they are harmless (durations come out exact).
# s <output.wav> <sox arguments after the output>: one synthesis step into the work folder.
s() { local out="$1"; shift; sox -R -n -r "$RATE" -c 1 -b 16 "$WORK/$out" "$@"; }

# encode <name> <peak dBFS> <ogg quality> <mp3 kbps> [sample rate]
encode() {
  local name="$1" peak="$2" quality="$3" kbps="$4" rate="${5:-$RATE}"
  sox -R -G "$WORK/$name.wav" "$WORK/$name.norm.wav" gain -n "$peak"
  sox -R -G "$WORK/$name.norm.wav" -r "$rate" -C "$quality" "$HERE/$name.ogg"
  sox -R -G "$WORK/$name.norm.wav" -r "$rate" -C "$kbps" "$HERE/$name.mp3"
}

# --- gavel: a hard-wood strike on a sounding block ---------------------------------------------
# A 12 ms band-passed noise click (the contact) over three short, quickly damped sine partials
# with a slight downward glide (the block's body: wood rings for a tenth of a second, not like
# a string), in a small-room reverb.
s gavel-click.wav synth 0.012 pinknoise highpass 800 lowpass 5000 fade l 0 0.012 0.010 pad 0 0.3
s gavel-body1.wav synth 0.16 sine 250-180 fade p 0 0.16 0.155 pad 0 0.15
s gavel-body2.wav synth 0.09 sine 610-540 fade p 0 0.09 0.088 pad 0 0.22
s gavel-body3.wav synth 0.05 sine 1450-1350 fade p 0 0.05 0.049 pad 0 0.26
sox -R -G -m -v 0.7 "$WORK/gavel-click.wav" -v 1.0 "$WORK/gavel-body1.wav" \
  -v 0.5 "$WORK/gavel-body2.wav" -v 0.25 "$WORK/gavel-body3.wav" \
  "$WORK/gavel.wav" reverb 25 50 30 trim 0 0.30 fade 0 0.30 0.08
encode gavel -3 3 64

# --- ambience: the murmur of a large hall, a 24 s seamless loop --------------------------------
# Three layers: a low room rumble (brown noise), a "babble" of band-passed pink noise in the
# speech band with slow, unsynchronised amplitude swells (many voices far away), and a faint
# air hiss. 26 s are made; the last 2 s are cross-faded onto the first 2 s so the end flows into
# the start without a click.
LOOP=24
XF=2
TOTAL=$((LOOP + XF))
s amb-rumble.wav synth "$TOTAL" brownnoise lowpass 180 gain -6
s amb-babble1.wav synth "$TOTAL" pinknoise gain -4 sinc 250-1800 tremolo 0.37 60
s amb-babble2.wav synth "$TOTAL" pinknoise gain -6 sinc 400-2600 tremolo 0.23 70
s amb-babble3.wav synth "$TOTAL" pinknoise gain -7 sinc 300-1200 tremolo 0.61 50
s amb-air.wav synth "$TOTAL" whitenoise gain -30 sinc 3000-8000
sox -R -G -m "$WORK"/amb-rumble.wav "$WORK"/amb-babble1.wav "$WORK"/amb-babble2.wav \
  "$WORK"/amb-babble3.wav "$WORK"/amb-air.wav "$WORK/amb-raw.wav" reverb 60 50 100 \
  lowpass 3500 gain -n -6
sox "$WORK/amb-raw.wav" "$WORK/amb-body.wav" trim 0 "$LOOP"
sox "$WORK/amb-raw.wav" "$WORK/amb-head.wav" trim 0 "$XF" fade q "$XF" 0
sox "$WORK/amb-raw.wav" "$WORK/amb-tail.wav" trim "$LOOP" "$XF" fade q 0 "$XF" "$XF"
# -v 1 on both inputs: `sox -m` would otherwise halve each, leaving a quiet dip at the seam.
sox -R -G -m -v 1 "$WORK/amb-head.wav" -v 1 "$WORK/amb-tail.wav" "$WORK/amb-seam.wav"
sox "$WORK/amb-body.wav" "$WORK/amb-rest.wav" trim "$XF"
sox "$WORK/amb-seam.wav" "$WORK/amb-rest.wav" "$WORK/ambience.wav"
encode ambience -14 0 32 22050

# --- vote chime: the board lights up / the result is shown -------------------------------------
# Two bell strikes a fifth apart; each strike has the partials of a small bell (1, 2.76, 5.4).
bell() { # bell <file> <fundamental Hz> <start s>
  s "$1" synth 1.4 sine "$2" sine "$(echo "$2 * 2.76" | bc -l)" sine "$(echo "$2 * 5.4" | bc -l)" \
    remix 1v0.6,2v0.25,3v0.1 fade l 0.004 1.4 1.396 pad "$3" 0
}
bell chime-a.wav 880 0
bell chime-b.wav 1318.5 0.14
sox -R -G -m "$WORK/chime-a.wav" "$WORK/chime-b.wav" "$WORK/vote-chime.wav" pad 0 0.2 reverb 30 50 60 \
  trim 0 1.6 fade 0 1.6 0.3
encode vote-chime -3 3 64

# --- consensus: a soft major chord (C major, open voicing), slow attack and long release -------
s consensus.wav synth 2.4 sine 130.81 sine 196.00 sine 261.63 sine 329.63 sine 392.00 \
  remix 1v0.30,2v0.22,3v0.22,4v0.18,5v0.12 tremolo 4.5 8 fade q 0.25 2.4 1.4 pad 0 0.5 reverb 50 50 80 \
  trim 0 2.8 fade 0 2.8 0.4
encode consensus -6 3 64

# --- objection: a low, slightly rough tone (two close pitches beat against each other) ---------
s objection.wav synth 0.7 square 98 square 103.8 remix 1v0.3,2v0.3 lowpass 500 lowpass 500 \
  fade h 0.02 0.7 0.45
encode objection -4 3 64

# --- interface click and hover ticks -----------------------------------------------------------
s click.wav synth 0.03 sine 1800 synth 0.03 whitenoise mix highpass 900 fade l 0 0.03 0.028
encode click -6 3 64
s hover.wav synth 0.02 sine 3200 fade l 0 0.02 0.019
encode hover -14 3 64

# --- turn change: two rising marimba-like notes (G4 then C5) -----------------------------------
s turn-a.wav synth 0.5 pluck 392 lowpass 3000 fade l 0 0.5 0.5
s turn-b.wav synth 0.6 pluck 523.25 lowpass 3000 fade l 0 0.6 0.6 pad 0.13 0
sox -R -G -m "$WORK/turn-a.wav" "$WORK/turn-b.wav" "$WORK/turn.wav" pad 0 0.2 reverb 20 50 40 \
  trim 0 0.8 fade 0 0.8 0.15
encode turn -3 3 64

# --- page turn: a paper swish (noise swept through a band, with a crinkle flutter) -------------
s page-swish.wav synth 0.45 pinknoise gain -6 sinc 1200-7000 tremolo 31 35 fade t 0.12 0.45 0.28
s page-flap.wav synth 0.06 brownnoise highpass 300 lowpass 1500 fade l 0.005 0.06 0.05 pad 0.36 0
sox -R -G -m "$WORK/page-swish.wav" -v 0.6 "$WORK/page-flap.wav" "$WORK/page-turn.wav" trim 0 0.45
encode page-turn -5 3 64

echo "make-sounds: wrote $(ls "$HERE"/*.ogg | wc -l) ogg and $(ls "$HERE"/*.mp3 | wc -l) mp3 files to $HERE"
du -ch "$HERE"/*.ogg "$HERE"/*.mp3 | tail -1
