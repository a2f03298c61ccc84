import Phaser from 'phaser';
import type { ClientUpdate } from '../../client/game-client';
import { THEME, hex } from '../chamber/palette';
import { actionsAbout } from '../chamber/surface/action-label';
import { movesList } from '../chamber/surface/moves';
import { NAV_HEIGHT, addNav } from '../chamber/surface/nav';
import { SceneOverlay, button, el } from '../chamber/surface/overlay';
import type { PlaySceneData } from '../chamber/surface/scene-data';
import {
  PANEL_X,
  REPLAY_RESERVE,
  SCENE_KEYS,
  playData,
  playSound,
  prefersReducedMotion,
} from '../chamber/surface/scene-data';
import { tv } from '../chamber/surface/views-i18n';
import type { BoardBallot, HallModel } from './hall-model';
import { hallModel } from './hall-model';
import { boardLayout, changedCells, revealsPerFrame, tallyShown } from './vote-board';
import { VOTE_COLOURS, colourNumber } from './vote-colours';
import { votesOf } from './vote-watch';

const BOARD = { x: 14, y: NAV_HEIGHT + 92, width: PANEL_X - 28, height: 470 };
const FONT = 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif';
const MONO = '"DejaVu Sans Mono", ui-monospace, monospace';

function lampKey(ballot: BoardBallot, width: number, height: number): string {
  return `pv-lamp-${ballot}-${width}x${height}`;
}

/** The session a draft belongs to: 74 for A/C.1/74/L.59. */
function sessionOf(symbol: string): string {
  return /^A\/C\.1\/(\d+)\//.exec(symbol)?.[1] ?? symbol;
}

/** One member's light on the board: an image whose texture is the answer's lamp. */
type Lamp = Phaser.GameObjects.Image;

/**
 * The General Assembly hall (First Committee or plenary): the draft's symbol and title, and the
 * vote board lighting each member's answer as the roll call comes in — colour, letter and shape
 * together — with the running tally. Lights come on one by one unless motion is reduced.
 */
export class HallScene extends Phaser.Scene {
  private session!: PlaySceneData;
  private overlay!: SceneOverlay;
  private lamps: Lamp[] = [];
  private labels: Phaser.GameObjects.Text[] = [];
  private shown: BoardBallot[] = [];
  private target: BoardBallot[] = [];
  private queue: number[] = [];
  private boardKey = '';
  private chosen: string | undefined;
  private header: Phaser.GameObjects.GameObject[] = [];
  private tallyText!: Phaser.GameObjects.Text;
  private tallyBar!: Phaser.GameObjects.Graphics;
  private model!: HallModel;
  private listOpen = false;
  private unsubscribe: (() => void) | null = null;
  /** Frame times (ms) while lights are coming on: read by the frame-time measurement. */
  readonly animationFrames: number[] = [];

  constructor() {
    super({ key: SCENE_KEYS.hall });
  }

  init(data: unknown): void {
    this.session = playData(this, data);
    this.chosen = this.session.focus;
    this.lamps = [];
    this.labels = [];
    this.shown = [];
    this.target = [];
    this.queue = [];
    this.boardKey = '';
    this.header = [];
    this.listOpen = false;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.background);
    this.overlay = new SceneOverlay(this, tv('hall.title'));
    const g = this.add.graphics();
    g.fillStyle(hex('#141c26'), 1);
    g.fillRect(0, NAV_HEIGHT, PANEL_X - 8, 720 - NAV_HEIGHT);
    g.fillStyle(hex('#0b1118'), 1);
    g.fillRoundedRect(BOARD.x - 6, BOARD.y - 6, BOARD.width + 12, BOARD.height + 12, 6);
    this.tallyBar = this.add.graphics();
    this.tallyText = this.add.text(BOARD.x, BOARD.y + BOARD.height + 14, '', {
      fontFamily: FONT,
      fontSize: '20px',
      fontStyle: 'bold',
      color: THEME.text,
    });
    this.render(false);
    this.unsubscribe = this.session.client.subscribe((update) => this.onUpdate(update));
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
    });
  }

  override update(_time: number, delta: number): void {
    if (this.queue.length === 0) return;
    this.animationFrames.push(delta);
    const count = revealsPerFrame(this.queue.length, delta);
    for (const index of this.queue.splice(0, count)) this.light(index, this.target[index]!);
    this.drawTally();
    if (this.queue.length === 0) playSound(this, 'voteChime');
  }

  private onUpdate(update: ClientUpdate): void {
    const voted = update.fresh.some(
      (entry) => entry.kind === 'vote.recorded' || entry.kind === 'rollCall.recorded',
    );
    this.render(
      !prefersReducedMotion(this) &&
        (voted ||
          update.move?.intent.type === 'rollCall.recorded' ||
          update.move?.intent.type === 'vote.cast'),
    );
  }

  /** Rebuilds what changed; the board's lights animate when `animate` and the draft is the same. */
  private render(animate: boolean): void {
    const view = this.session.client.view();
    this.model = hallModel(view, votesOf(this.session.client), this.chosen);
    const draft = this.model.draft;
    const key = draft ? `${draft.key}|${draft.members.length}` : '';
    if (key !== this.boardKey) {
      this.buildBoard(draft?.members.map((member) => member.code) ?? []);
      this.boardKey = key;
      animate = animate && draft !== null;
    }
    this.target = draft?.members.map((member) => member.ballot) ?? [];
    const changed = changedCells(this.shown, this.target);
    if (animate) {
      const queued = new Set(this.queue);
      for (const index of changed) if (!queued.has(index)) this.queue.push(index);
      this.queue.sort((a, b) => a - b);
    } else {
      this.queue = [];
      for (const index of changed) this.light(index, this.target[index]!);
    }
    this.drawHeader();
    this.drawTally();
    this.buildDom();
  }

  /**
   * Builds the board once per draft: one image per member sharing six baked lamp textures (one
   * per answer) and one text per column for the codes. Few objects and one texture per kind
   * keep the frame cheap while 193 lights change (see hall-frames.ts).
   */
  private buildBoard(codes: readonly string[]): void {
    for (const lamp of this.lamps) lamp.destroy();
    for (const label of this.labels) label.destroy();
    this.labels = [];
    const cells = boardLayout(codes.length, BOARD, 60);
    const first = cells[0];
    this.shown = codes.map(() => 'unknown');
    this.queue = [];
    if (!first) {
      this.lamps = [];
      return;
    }
    const width = Math.floor(first.width);
    const height = Math.floor(first.height);
    for (const ballot of Object.keys(VOTE_COLOURS) as BoardBallot[])
      this.bakeLamp(ballot, width, height);
    this.lamps = cells.map((cell) =>
      this.add
        .image(Math.round(cell.x), Math.round(cell.y), lampKey('unknown', width, height))
        .setOrigin(0, 0),
    );
    const columns = cells.filter((cell) => cell.y === first.y).length;
    const probe = this.add.text(0, 0, 'AFG', { fontFamily: MONO, fontSize: '12px' });
    const lineHeight = probe.height;
    probe.destroy();
    for (let column = 0; column < columns; column++) {
      const lines = codes.filter((_, index) => index % columns === column);
      const cell = cells[column]!;
      this.labels.push(
        this.add
          .text(
            Math.round(cell.x + 24),
            Math.round(cell.y + (height - lineHeight) / 2),
            lines.join('\n'),
            {
              fontFamily: MONO,
              fontSize: '12px',
              color: THEME.text,
            },
          )
          .setLineSpacing(height - lineHeight),
      );
    }
  }

  /** Draws one answer's lamp once, as a texture: colour, letter and shape (square, cross, ring, dash). */
  private bakeLamp(ballot: BoardBallot, width: number, height: number): void {
    const key = lampKey(ballot, width, height);
    if (this.textures.exists(key)) return;
    const g = this.make.graphics({}, false);
    const colour = colourNumber(VOTE_COLOURS[ballot].fill);
    const size = Math.min(16, height - 8);
    const x = 4;
    const y = (height - size) / 2;
    g.fillStyle(ballot === 'pending' || ballot === 'unknown' ? 0x1a222c : 0x202a36, 1);
    g.fillRect(1, 1, width - 2, height - 2);
    g.fillStyle(colour, 1);
    switch (ballot) {
      case 'yes':
        g.fillRect(x, y, size, size);
        break;
      case 'no':
        g.lineStyle(3, colour, 1);
        g.lineBetween(x, y, x + size, y + size);
        g.lineBetween(x + size, y, x, y + size);
        break;
      case 'abstain':
        g.lineStyle(3, colour, 1);
        g.strokeCircle(x + size / 2, y + size / 2, size / 2 - 1);
        break;
      case 'absent':
        g.fillRect(x, y + size / 2 - 2, size, 4);
        break;
      default:
        g.lineStyle(1, 0x4a5a6d, 1);
        g.strokeRect(x, y, size, size);
    }
    g.generateTexture(key, width, height);
    g.destroy();
  }

  private light(index: number, ballot: BoardBallot): void {
    const lamp = this.lamps[index];
    if (!lamp || this.shown[index] === ballot) return;
    this.shown[index] = ballot;
    lamp.setTexture(lampKey(ballot, Math.round(lamp.width), Math.round(lamp.height)));
  }

  private drawHeader(): void {
    for (const object of this.header) object.destroy();
    this.header = [];
    const draft = this.model.draft;
    const add = (object: Phaser.GameObjects.Text): Phaser.GameObjects.Text => {
      this.header.push(object);
      return object;
    };
    const stage = draft
      ? tv(draft.stage === 'plenary' ? 'hall.plenary' : 'hall.firstCommittee')
      : this.model.sitting
        ? tv(this.model.sitting === 'plenary' ? 'hall.plenary' : 'hall.firstCommittee')
        : tv('hall.title');
    add(
      this.add.text(BOARD.x, NAV_HEIGHT + 10, stage, {
        fontFamily: FONT,
        fontSize: '14px',
        color: THEME.gold,
      }),
    );
    if (!draft) {
      add(
        this.add.text(BOARD.x, NAV_HEIGHT + 34, tv('hall.noDraft'), {
          fontFamily: FONT,
          fontSize: '18px',
          color: THEME.muted,
        }),
      );
      return;
    }
    add(
      this.add.text(BOARD.x, NAV_HEIGHT + 30, `${draft.symbol}  ${draft.title}`, {
        fontFamily: FONT,
        fontSize: '19px',
        fontStyle: 'bold',
        color: THEME.text,
        wordWrap: { width: BOARD.width },
        maxLines: 1,
      }),
    );
    const subject = this.subjectText(draft.subject);
    const line = draft.voting
      ? tv('hall.voting', { subject })
      : draft.result
        ? draft.result.method === 'withoutVote'
          ? tv('hall.withoutVote')
          : `${tv('hall.lastVote', { subject })} — ${tv(draft.result.adopted ? 'hall.adopted' : 'hall.rejected')}`
        : tv(`hall.status.${draft.status}`, { defaultValue: draft.status });
    add(
      this.add.text(BOARD.x, NAV_HEIGHT + 60, line, {
        fontFamily: FONT,
        fontSize: '15px',
        color: THEME.text,
      }),
    );
  }

  private subjectText(subject: string | null): string {
    if (subject === null || subject === 'whole') return tv('hall.subjectWhole');
    return tv('hall.subjectParagraph', { paragraph: subject });
  }

  private drawTally(): void {
    const draft = this.model.draft;
    const g = this.tallyBar;
    g.clear();
    if (!draft) {
      this.tallyText.setText('');
      return;
    }
    const counting = this.queue.length > 0;
    const live = tallyShown(this.shown);
    const tally = counting ? { ...live, absent: draft.tally.absent } : draft.tally;
    this.tallyText.setText(tv(draft.voting ? 'hall.tallyVoting' : 'hall.tally', { ...tally }));
    const total = Math.max(1, draft.members.length);
    const y = BOARD.y + BOARD.height + 46;
    let x = BOARD.x;
    for (const part of ['yes', 'abstain', 'no', 'absent'] as const) {
      const width = (tally[part] / total) * BOARD.width;
      g.fillStyle(colourNumber(VOTE_COLOURS[part].fill), 1);
      g.fillRect(x, y, width, 18);
      x += width;
    }
    g.lineStyle(1, 0x4a5a6d, 1);
    g.strokeRect(BOARD.x, y, BOARD.width, 18);
  }

  private buildDom(): void {
    const root = this.overlay.root;
    const focused =
      document.activeElement instanceof HTMLElement && root.contains(document.activeElement)
        ? document.activeElement.dataset.key
        : undefined;
    root.replaceChildren();
    addNav(this, this.overlay, this.session, SCENE_KEYS.hall);
    const draft = this.model.draft;
    const panel = el('section', { className: 'pv-panel' });
    panel.append(el('h2', { text: tv('hall.title') }));
    panel.append(el('p', { className: 'pv-muted', text: this.model.turnLabel }));
    if (this.model.sitting === null)
      panel.append(el('p', { className: 'pv-muted', text: tv('hall.notSitting') }));
    if (draft) {
      panel.append(el('h3', { text: `${draft.symbol}: ${draft.title}` }));
      panel.append(
        el('p', { text: tv(`hall.status.${draft.status}`, { defaultValue: draft.status }) }),
      );
      panel.append(el('p', { text: tv('hall.sponsors', { names: draft.sponsors.join(', ') }) }));
      if (draft.coSponsors.length > 0)
        panel.append(el('p', { text: tv('hall.coSponsors', { count: draft.coSponsors.length }) }));
      if (draft.resolutionSymbol && draft.status === 'adopted')
        panel.append(el('p', { text: tv('hall.resolution', { symbol: draft.resolutionSymbol }) }));
      const live = el('p', {
        attrs: { role: 'status', 'aria-live': 'polite' },
        text: tv(draft.voting ? 'hall.tallyVoting' : 'hall.tally', { ...draft.tally }),
      });
      panel.append(live);
      if (
        !draft.voting &&
        draft.result?.method === 'recorded' &&
        draft.members.every((m) => m.ballot === 'unknown')
      )
        panel.append(el('p', { className: 'pv-muted', text: tv('hall.unknownBallots') }));
      if (this.session.client.mode !== 'replay') {
        const moves = actionsAbout(
          this.session.client.legalActions(),
          (intent) => 'draft' in intent && intent.draft === draft.key,
        );
        panel.append(movesList(this.session.client, moves, tv('moves.heading')));
      }
      const toggle = button(this.listOpen ? tv('hall.hideVotes') : tv('hall.listVotes'), () => {
        this.listOpen = !this.listOpen;
        this.buildDom();
        root.querySelector<HTMLElement>('[data-key="votes-toggle"]')?.focus();
      });
      toggle.dataset.key = 'votes-toggle';
      toggle.setAttribute('aria-expanded', String(this.listOpen));
      panel.append(toggle);
      const table = el('table', { className: this.listOpen ? 'pv-table' : 'pv-table pv-sr' });
      table.append(
        el('caption', {
          className: 'pv-sr',
          text: tv('hall.board', { count: draft.members.length }),
        }),
      );
      const head = el('tr');
      head.append(
        el('th', { text: tv('hall.member'), attrs: { scope: 'col' } }),
        el('th', { text: tv('hall.vote'), attrs: { scope: 'col' } }),
      );
      table.append(el('thead', { children: [head] }));
      const body = el('tbody');
      for (const member of draft.members) {
        const row = el('tr');
        row.append(
          el('th', { text: `${member.name} (${member.code})`, attrs: { scope: 'row' } }),
          el('td', {
            text: `${VOTE_COLOURS[member.ballot].letter} ${tv(`votes.${member.ballot}`)}`,
          }),
        );
        body.append(row);
      }
      table.append(body);
      panel.append(table);
    } else {
      panel.append(el('p', { className: 'pv-muted', text: tv('hall.noDraft') }));
    }
    if (this.model.drafts.length > 0) {
      panel.append(el('h3', { text: tv('hall.drafts') }));
      const list = el('ul', { className: 'pv-list' });
      const session = sessionOf(draft?.symbol ?? this.model.drafts.at(-1)!.symbol);
      const ofSession = this.model.drafts.filter((entry) => sessionOf(entry.symbol) === session);
      for (const summary of ofSession.slice(-12).reverse()) {
        const choose = button(
          `${summary.symbol} — ${tv(`hall.status.${summary.status}`, { defaultValue: summary.status })}`,
          () => {
            this.chosen = summary.key;
            this.render(false);
          },
          { pressed: draft?.key === summary.key, label: `${summary.symbol}: ${summary.title}` },
        );
        choose.dataset.key = `draft-${summary.key}`;
        list.append(el('li', { children: [choose] }));
      }
      panel.append(list);
    }
    const legend = el('div', { className: 'pv-legend', attrs: { 'aria-hidden': 'true' } });
    for (const ballot of ['yes', 'no', 'abstain', 'absent'] as const) {
      const swatch = el('span', { className: 'pv-swatch', text: VOTE_COLOURS[ballot].letter });
      swatch.style.background = VOTE_COLOURS[ballot].fill;
      swatch.style.color = VOTE_COLOURS[ballot].ink;
      legend.append(el('span', { children: [swatch, tv(`votes.${ballot}`)] }));
    }
    panel.append(legend);
    this.overlay.place(panel, {
      x: PANEL_X,
      y: NAV_HEIGHT + 6,
      width: 1280 - PANEL_X - 8,
      height: 720 - NAV_HEIGHT - 12 - (this.session.inReplay ? REPLAY_RESERVE : 0),
    });
    if (focused) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }
}
