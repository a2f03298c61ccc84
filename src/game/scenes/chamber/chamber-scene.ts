import Phaser from 'phaser';
import type { ClientUpdate } from '../../client/game-client';
import type { ChamberModel, ChamberSeat } from './chamber-model';
import { chamberModel } from './chamber-model';
import { GROUP_COLOURS, STANCE_STYLE, THEME, hex } from './palette';
import { CHAMBER_SHAPE, horseshoeSeats } from './seating';
import { actionsAbout } from './surface/action-label';
import { movesList } from './surface/moves';
import { NAV_HEIGHT, addNav, openScreen } from './surface/nav';
import { SceneOverlay, button, el } from './surface/overlay';
import type { PlaySceneData } from './surface/scene-data';
import {
  PANEL_X,
  REPLAY_RESERVE,
  SCENE_KEYS,
  playData,
  playSound,
  prefersReducedMotion,
} from './surface/scene-data';
import { tv } from './surface/views-i18n';

const PLATE_WIDTH = 32;
const PLATE_HEIGHT = 20;

/** How many chips the documents table holds: two rows. */
const TABLE_CHIPS = 8;
/**
 * The Conference on Disarmament in the Council Chamber: the 65 members in the horseshoe in
 * English alphabetical order, the President on the dais, who holds the floor, the documents on
 * the table and the consensus in progress. The canvas draws; a DOM layer carries the same
 * information as headings, buttons and lists for the keyboard and screen readers.
 */
export class ChamberScene extends Phaser.Scene {
  private session!: PlaySceneData;
  private overlay!: SceneOverlay;
  private drawn: Phaser.GameObjects.GameObject[] = [];
  private selected: string | null = null;
  private unsubscribe: (() => void) | null = null;
  private pulse: Phaser.Tweens.Tween | null = null;

  constructor() {
    super({ key: SCENE_KEYS.chamber });
  }

  init(data: unknown): void {
    this.session = playData(this, data);
    this.selected = null;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.background);
    this.overlay = new SceneOverlay(this, tv('chamber.title'));
    this.render();
    this.unsubscribe = this.session.client.subscribe((update) => this.onUpdate(update));
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
    });
  }

  private onUpdate(update: ClientUpdate): void {
    for (const entry of update.fresh) {
      if (entry.forum !== 'cd') continue;
      if (entry.kind === 'decision.adopted' || entry.kind === 'decision.blocked')
        playSound(this, 'gavel');
      else if (entry.kind === 'objection.raised') playSound(this, 'objection');
    }
    this.render();
  }

  private render(): void {
    const model = chamberModel(this.session.client.view());
    for (const object of this.drawn) object.destroy();
    this.drawn = [];
    this.pulse?.stop();
    this.pulse = null;
    this.overlay.root.replaceChildren();
    addNav(this, this.overlay, this.session, SCENE_KEYS.chamber);
    this.drawFloor(model);
    const places = horseshoeSeats(model.seats.length);
    model.seats.forEach((seat, index) => this.drawSeat(seat, places[index]!));
    this.drawCentre(model);
    this.buildSeatButtons(model, places);
    this.buildPanel(model);
  }

  private keep<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.drawn.push(object);
    return object;
  }

  private text(
    x: number,
    y: number,
    content: string,
    style: Phaser.Types.GameObjects.Text.TextStyle,
  ): Phaser.GameObjects.Text {
    return this.keep(
      this.add.text(x, y, content, {
        fontFamily: 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif',
        color: THEME.text,
        // Drawn at twice the pixels, so plates stay sharp on a 1920×1080 projector.
        resolution: 2,
        ...style,
      }),
    );
  }

  private drawFloor(model: ChamberModel): void {
    const { cx, cy, radius, arm } = CHAMBER_SHAPE;
    const g = this.keep(this.add.graphics());
    g.fillStyle(hex(THEME.floor), 1);
    g.fillRect(0, NAV_HEIGHT, PANEL_X - 8, 720 - NAV_HEIGHT);
    // The carpet of the horseshoe: a thick band under both rows.
    g.lineStyle(78, hex(THEME.carpet), 0.55);
    g.beginPath();
    g.moveTo(cx - radius, cy - arm - 10);
    g.lineTo(cx - radius, cy);
    g.arc(cx, cy, radius, Math.PI, 0, true);
    g.lineTo(cx + radius, cy - arm - 10);
    g.strokePath();
    // The dais, facing the horseshoe.
    g.fillStyle(hex(THEME.dais), 1);
    g.fillRoundedRect(cx - 150, NAV_HEIGHT + 16, 300, 62, 8);
    g.lineStyle(2, hex(THEME.gold), 0.8);
    g.strokeRoundedRect(cx - 150, NAV_HEIGHT + 16, 300, 62, 8);
    this.text(cx, NAV_HEIGHT + 24, tv('chamber.president'), {
      fontSize: '13px',
      color: THEME.gold,
    }).setOrigin(0.5, 0);
    const president = model.seats.find((seat) => seat.isPresident);
    this.text(
      cx,
      NAV_HEIGHT + 44,
      president ? `${president.name} (${president.code})` : tv('chamber.noPresident'),
      { fontSize: '18px', fontStyle: 'bold' },
    ).setOrigin(0.5, 0);
  }

  private drawSeat(seat: ChamberSeat, place: { x: number; y: number }): void {
    const style = STANCE_STYLE[seat.stance];
    const g = this.keep(this.add.graphics());
    const left = place.x - PLATE_WIDTH / 2;
    const top = place.y - PLATE_HEIGHT / 2;
    g.fillStyle(hex(style.fill), 1);
    g.fillRoundedRect(left, top, PLATE_WIDTH, PLATE_HEIGHT, 3);
    g.fillStyle(hex(GROUP_COLOURS[seat.group]), 1);
    g.fillRect(left + 2, top + 1, PLATE_WIDTH - 4, 4);
    const borderWidth = seat.stance === 'objected' ? 3 : seat.playable ? 2 : 1;
    g.lineStyle(
      borderWidth,
      hex(seat.playable && seat.stance === 'silent' ? THEME.gold : style.border),
      1,
    );
    g.strokeRoundedRect(left, top, PLATE_WIDTH, PLATE_HEIGHT, 3);
    this.text(place.x, place.y + 2, seat.code, {
      fontSize: '11px',
      fontStyle: 'bold',
      color: style.ink,
      fontFamily: '"DejaVu Sans Mono", ui-monospace, monospace',
    }).setOrigin(0.5, 0.5);
    if (style.mark !== '') {
      const badge = this.keep(this.add.graphics());
      badge.fillStyle(hex('#0b0f14'), 1);
      badge.fillCircle(left + PLATE_WIDTH, top, 7);
      this.text(left + PLATE_WIDTH, top, style.mark, {
        fontSize: '11px',
        fontStyle: 'bold',
        color: '#ffffff',
      }).setOrigin(0.5, 0.5);
    }
    if (seat.isPresident) {
      const star = this.keep(this.add.graphics());
      star.fillStyle(hex(THEME.gold), 1);
      star.fillTriangle(left - 4, top - 6, left + 4, top - 6, left, top + 2);
      star.lineStyle(2, hex(THEME.gold), 1);
      star.strokeRoundedRect(left - 3, top - 3, PLATE_WIDTH + 6, PLATE_HEIGHT + 6, 5);
    }
    if (seat.hasFloor) {
      const ring = this.keep(this.add.graphics());
      ring.lineStyle(3, hex('#ffffff'), 1);
      ring.strokeCircle(place.x, place.y, PLATE_WIDTH / 2 + 9);
      if (!prefersReducedMotion(this))
        this.pulse = this.tweens.add({
          targets: ring,
          alpha: 0.25,
          duration: 700,
          yoyo: true,
          repeat: -1,
        });
    }
  }

  private drawCentre(model: ChamberModel): void {
    const { cx, cy } = CHAMBER_SHAPE;
    const g = this.keep(this.add.graphics());
    g.fillStyle(hex('#2d2418'), 1);
    g.fillRoundedRect(cx - 170, cy - 180, 340, 150, 10);
    g.lineStyle(1, hex('#6b5a3a'), 1);
    g.strokeRoundedRect(cx - 170, cy - 180, 340, 150, 10);
    this.text(cx, cy - 172, tv('chamber.table'), { fontSize: '13px', color: THEME.gold }).setOrigin(
      0.5,
      0,
    );
    if (model.table.length === 0)
      this.text(cx, cy - 110, tv('chamber.tableEmpty'), {
        fontSize: '13px',
        color: THEME.muted,
      }).setOrigin(0.5, 0);
    const floorSeat = model.seats.find((seat) => seat.hasFloor);
    this.text(
      cx,
      cy - 10,
      floorSeat ? tv('chamber.floor', { name: floorSeat.name }) : tv('chamber.noFloor'),
      { fontSize: '14px', color: THEME.text, align: 'center', wordWrap: { width: 380 } },
    ).setOrigin(0.5, 0);
    const decision = model.decision;
    if (decision) {
      const subject = tv(`subjects.${decision.subject}`, { defaultValue: decision.subject });
      const status = tv(`decisionStatus.${decision.status}`, { defaultValue: decision.status });
      this.text(
        cx,
        cy + 22,
        `${subject}${decision.document ? ` (${decision.document})` : ''} — ${status}`,
        {
          fontSize: '17px',
          fontStyle: 'bold',
          color: decision.status === 'blocked' ? '#ffb089' : THEME.gold,
          align: 'center',
          wordWrap: { width: 400 },
        },
      ).setOrigin(0.5, 0);
      this.text(
        cx,
        cy + 70,
        tv('chamber.counts', {
          joined: decision.joined.length,
          dissociated: decision.dissociated.length,
          objected: decision.objected.length,
        }),
        { fontSize: '14px', align: 'center' },
      ).setOrigin(0.5, 0);
      if (decision.objected.length > 0) {
        const names = decision.objected
          .map((code) => model.seats.find((seat) => seat.code === code)?.name ?? code)
          .join(', ');
        this.text(cx, cy + 96, tv('chamber.blockedBy', { names }), {
          fontSize: '15px',
          fontStyle: 'bold',
          color: '#ffb089',
          align: 'center',
          wordWrap: { width: 400 },
        }).setOrigin(0.5, 0);
      }
    } else {
      this.text(cx, cy + 40, tv('chamber.noDecision'), {
        fontSize: '14px',
        color: THEME.muted,
      }).setOrigin(0.5, 0);
    }
  }

  /** Transparent buttons over the plates: focus, hover and click reach every member. */
  private buildSeatButtons(model: ChamberModel, places: readonly { x: number; y: number }[]): void {
    const seatsList = el('div', { attrs: { role: 'group', 'aria-label': tv('chamber.members') } });
    const tip = el('div', { className: 'pv-tip', attrs: { 'aria-hidden': 'true' } });
    tip.hidden = true;
    model.seats.forEach((seat, index) => {
      const place = places[index]!;
      const label = this.seatLabel(seat);
      const seatButton = button(
        '',
        () => {
          this.selected = seat.code;
          playSound(this, 'click');
          this.render();
          this.overlay.root.querySelector<HTMLElement>(`[data-seat="${seat.code}"]`)?.focus();
        },
        { className: 'pv-seat', label },
      );
      seatButton.dataset.seat = seat.code;
      const show = (): void => {
        tip.textContent = label;
        tip.hidden = false;
        tip.style.left = `${Math.min(place.x + 24, 640)}px`;
        tip.style.top = `${place.y - 34}px`;
      };
      const hide = (): void => {
        tip.hidden = true;
      };
      seatButton.addEventListener('mouseenter', show);
      seatButton.addEventListener('focus', show);
      seatButton.addEventListener('mouseleave', hide);
      seatButton.addEventListener('blur', hide);
      Object.assign(seatButton.style, {
        left: `${place.x - PLATE_WIDTH / 2 - 2}px`,
        top: `${place.y - PLATE_HEIGHT / 2 - 2}px`,
        width: `${PLATE_WIDTH + 4}px`,
        height: `${PLATE_HEIGHT + 4}px`,
      });
      seatsList.append(seatButton);
    });
    this.overlay.root.append(seatsList, tip);
    // The documents on the table, as buttons that open the reader.
    const { cx, cy } = CHAMBER_SHAPE;
    const table = el('div', {
      attrs: { role: 'group', 'aria-label': tv('chamber.table') },
    });
    table.style.display = 'flex';
    table.style.flexWrap = 'wrap';
    table.style.justifyContent = 'center';
    table.style.alignContent = 'flex-start';
    table.style.overflow = 'hidden';
    // Two rows of chips fit the table; with more documents, the latest seven and a way to all.
    const crowded = model.table.length > TABLE_CHIPS;
    const shown = crowded ? model.table.slice(-(TABLE_CHIPS - 1)) : model.table;
    if (crowded)
      table.append(
        button(
          tv('chamber.allDocuments', { count: model.table.length }),
          () => openScreen(this, this.session, SCENE_KEYS.documents),
          { className: 'pv-chip' },
        ),
      );
    for (const doc of shown)
      table.append(
        button(doc.symbol, () => openScreen(this, this.session, SCENE_KEYS.documents, doc.symbol), {
          className: 'pv-chip',
          label: tv('chamber.openDocument', { symbol: doc.symbol, title: doc.title }),
        }),
      );
    this.overlay.place(table, { x: cx - 160, y: cy - 150, width: 320, height: 112 });
  }

  private seatLabel(seat: ChamberSeat): string {
    const parts = [
      `${seat.name} (${seat.code})`,
      tv(`groups.${seat.group}`),
      tv(`stances.${seat.stance}`),
    ];
    if (seat.isPresident) parts.push(tv('chamber.isPresident'));
    if (seat.hasFloor) parts.push(tv('chamber.hasFloor'));
    return parts.join(' — ');
  }

  private buildPanel(model: ChamberModel): void {
    const panel = el('section', { className: 'pv-panel' });
    panel.append(el('h2', { text: tv('chamber.title') }));
    panel.append(el('p', { className: 'pv-muted', text: model.turnLabel }));
    if (!model.sitting)
      panel.append(el('p', { className: 'pv-muted', text: tv('chamber.notSitting') }));
    const president = model.seats.find((seat) => seat.isPresident);
    panel.append(
      el('p', {
        text: tv('chamber.presidentIs', {
          name: president ? president.name : tv('chamber.noPresident'),
        }),
      }),
    );
    const floor = model.seats.find((seat) => seat.hasFloor);
    panel.append(
      el('p', { text: floor ? tv('chamber.floor', { name: floor.name }) : tv('chamber.noFloor') }),
    );
    const decision = model.decision;
    panel.append(
      el('h3', {
        text: tv(decision && !decision.open ? 'chamber.lastDecision' : 'chamber.decision'),
      }),
    );
    if (decision) {
      const subject = tv(`subjects.${decision.subject}`, { defaultValue: decision.subject });
      panel.append(
        el('p', {
          text: `${subject} — ${tv(`decisionStatus.${decision.status}`, { defaultValue: decision.status })}`,
        }),
      );
      if (decision.document)
        panel.append(
          button(
            decision.document,
            () => openScreen(this, this.session, SCENE_KEYS.documents, decision.document!),
            {
              className: 'pv-chip',
            },
          ),
        );
      const name = (code: string): string =>
        model.seats.find((seat) => seat.code === code)?.name ?? code;
      panel.append(
        el('p', {
          text: tv('chamber.counts', {
            joined: decision.joined.length,
            dissociated: decision.dissociated.length,
            objected: decision.objected.length,
          }),
        }),
      );
      if (decision.objected.length > 0)
        panel.append(
          el('p', {
            className: 'pv-alert',
            text: tv('chamber.blockedBy', { names: decision.objected.map(name).join(', ') }),
          }),
        );
      for (const entry of decision.dissociated)
        panel.append(
          el('p', { className: 'pv-muted', text: `${name(entry.member)}: “${entry.statement}”` }),
        );
      const moves = actionsAbout(
        this.session.client.legalActions(),
        (intent) => 'decision' in intent && intent.decision === decision.id,
      );
      if (this.session.client.mode !== 'replay')
        panel.append(movesList(this.session.client, moves, tv('moves.heading')));
    } else {
      panel.append(el('p', { className: 'pv-muted', text: tv('chamber.noDecision') }));
    }
    if (this.selected) {
      const seat = model.seats.find((entry) => entry.code === this.selected);
      if (seat) {
        panel.append(el('h3', { text: seat.name }));
        panel.append(el('p', { text: this.seatLabel(seat) }));
      }
    }
    panel.append(el('h3', { text: tv('chamber.legend') }));
    const legend = el('div', { className: 'pv-legend' });
    for (const group of ['G21', 'WEOG', 'EEG', 'CHINA'] as const) {
      const swatch = el('span', { className: 'pv-swatch' });
      swatch.style.background = GROUP_COLOURS[group];
      legend.append(el('span', { children: [swatch, tv(`groups.${group}`)] }));
    }
    for (const stance of ['joined', 'dissociated', 'objected', 'silent'] as const) {
      const style = STANCE_STYLE[stance];
      const swatch = el('span', { className: 'pv-swatch', text: style.mark });
      swatch.style.background = style.fill;
      swatch.style.color = style.ink;
      legend.append(el('span', { children: [swatch, tv(`stances.${stance}`)] }));
    }
    panel.append(legend);
    panel.append(el('p', { className: 'pv-muted', text: tv('chamber.order') }));
    this.overlay.place(panel, {
      x: PANEL_X,
      y: NAV_HEIGHT + 6,
      width: 1280 - PANEL_X - 8,
      height: 720 - NAV_HEIGHT - 12 - (this.session.inReplay ? REPLAY_RESERVE : 0),
    });
  }
}
