/** One seat's place on the floor plan, in game pixels (its centre). */
export interface SeatPlace {
  readonly x: number;
  readonly y: number;
  /** 0 for the inner row, 1 for the outer row. */
  readonly row: 0 | 1;
}

export interface HorseshoeShape {
  /** Centre of the curved end of the horseshoe. */
  readonly cx: number;
  readonly cy: number;
  /** Radius of the middle line between the two rows. */
  readonly radius: number;
  /** Length of each straight arm, going up from the curve towards the President's dais. */
  readonly arm: number;
  /** Distance between the two rows. */
  readonly rowGap: number;
}

export const CHAMBER_SHAPE: HorseshoeShape = {
  cx: 440,
  cy: 392,
  radius: 240,
  arm: 214,
  rowGap: 42,
};

/**
 * The seats of the Council Chamber's horseshoe, in order: down the left arm (seen from the
 * dais), round the curve and up the right arm, alternating the inner and outer rows so that
 * plates next in the alphabet sit side by side. The path is divided evenly by length.
 */
export function horseshoeSeats(count: number, shape: HorseshoeShape = CHAMBER_SHAPE): SeatPlace[] {
  const { cx, cy, radius, arm, rowGap } = shape;
  const curve = Math.PI * radius;
  const total = arm * 2 + curve;
  const places: SeatPlace[] = [];
  for (let index = 0; index < count; index++) {
    const distance = count === 1 ? total / 2 : (index / (count - 1)) * total;
    const row: 0 | 1 = index % 2 === 0 ? 1 : 0;
    const offset = row === 1 ? rowGap / 2 : -rowGap / 2;
    let x: number;
    let y: number;
    if (distance <= arm) {
      // Left arm, from the top (near the dais) down to where the curve begins.
      x = cx - (radius + offset);
      y = cy - arm + distance;
    } else if (distance <= arm + curve) {
      // The curve, from the left (angle π) through the bottom to the right (angle 0).
      const angle = Math.PI - (distance - arm) / radius;
      x = cx + Math.cos(angle) * (radius + offset);
      y = cy + Math.sin(angle) * (radius + offset);
    } else {
      // Right arm, back up towards the dais.
      x = cx + (radius + offset);
      y = cy - (distance - arm - curve);
    }
    places.push({ x: Math.round(x), y: Math.round(y), row });
  }
  return places;
}
