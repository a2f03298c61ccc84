import { describe, expect, test } from 'vitest';
import { cdMembers, view } from '../../../engine/index';
import { ReplayController } from '../../replay/replay-controller';
import { ppwtHistory } from '../../replay/history-fixture';
import { chamberModel } from './chamber-model';
import { horseshoeSeats } from './seating';

const source = ppwtHistory();
const controller = new ReplayController(source.scenario, source.log);
const at = (target: string) => {
  controller.jumpTo(target);
  return view(controller.state(), 'public');
};

describe('chamberModel', () => {
  test('seats the 65 members in the English alphabetical order of the Conference', () => {
    const model = chamberModel(at('CD/1839'));
    expect(model.seats.map((seat) => seat.code)).toEqual(cdMembers().map((member) => member.code));
    expect(model.seats).toHaveLength(65);
  });

  test('Pakistan blocks the 2009 implementing decision: it stands as the objector', () => {
    controller.seek(0);
    const before = controller.length;
    let position = 0;
    for (; position < before; position++)
      if (controller.stepAt(position)!.intent.type === 'objection.raised') break;
    controller.seek(position + 1);
    const model = chamberModel(view(controller.state(), 'public'));
    expect(model.decision?.objected).toEqual(['PAK']);
    expect(model.decision?.open).toBe(true);
    expect(model.seats.find((seat) => seat.code === 'PAK')?.stance).toBe('objected');
    expect(model.seats.filter((seat) => seat.stance === 'objected')).toHaveLength(1);
  });

  test('the President is the one presidentNow names, and the floor is the last speaker', () => {
    const model = chamberModel(at('CD/1985'));
    const president = model.seats.filter((seat) => seat.isPresident);
    expect(president.map((seat) => seat.code)).toEqual([model.president]);
    const lastCd = [...view(controller.state(), 'public').record]
      .reverse()
      .find((entry) => entry.kind === 'document.submitted');
    expect(model.floor).toBe(lastCd?.actor);
  });

  test('the table holds the documents circulated under a symbol, CD/1679 first', () => {
    const symbols = chamberModel(at('CD/1985')).table.map((doc) => doc.symbol);
    expect(symbols).toContain('CD/1839');
    expect(symbols).toContain('CD/1985');
    expect(symbols.indexOf('CD/1679')).toBeLessThan(symbols.indexOf('CD/1985'));
    expect(symbols).not.toContain('CD/2129');
  });
});

describe('horseshoeSeats', () => {
  test('places every seat once, within the drawing area, neighbours in order and apart', () => {
    const places = horseshoeSeats(65);
    expect(places).toHaveLength(65);
    for (const place of places) {
      expect(place.x).toBeGreaterThan(100);
      expect(place.x).toBeLessThan(884);
      expect(place.y).toBeGreaterThan(40);
      expect(place.y).toBeLessThan(668);
    }
    const keys = new Set(places.map((place) => `${place.x},${place.y}`));
    expect(keys.size).toBe(65);
    // The first seat starts the left arm, the last ends the right arm.
    expect(places[0]!.x).toBeLessThan(places[64]!.x);
    // Plates in the same row do not touch (32 pixels wide).
    for (let index = 2; index < places.length; index++) {
      const a = places[index - 2]!;
      const b = places[index]!;
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(32);
    }
  });
});
