import Phaser from 'phaser';
import type { SeatId } from '../../../engine/index';
import { SEATS } from '../../../engine/index';
import type { HistorySource } from '../../replay/history-source';
import { loadPpwtHistory } from '../../replay/history-source';
import { ReplayClient } from '../../replay/replay-client';
import type { ReplaySpeed } from '../../replay/replay-controller';
import { REPLAY_SPEEDS, ReplayController } from '../../replay/replay-controller';
import type { TakeOver } from '../../replay/take-over';
import { takeOver } from '../../replay/take-over';
import { SceneOverlay, button, el } from '../chamber/surface/overlay';
import { PANEL_X, REPLAY_RESERVE, SCENE_KEYS } from '../chamber/surface/scene-data';
import { tv } from '../chamber/surface/views-i18n';

/** The event the replay emits on `game.events` when a person takes a seat over. */
export const TAKE_OVER_EVENT = 'paros:take-over';

/** What the replay scene may be started with (all optional: it loads the PPWT record). */
export interface ReplaySceneData {
  /** Where to open: a step number, a symbol or a date. */
  readonly at?: string;
  /** Another record to replay (tests, other scenarios). */
  readonly source?: HistorySource;
  /** Called with the game when a seat is taken over (besides the TAKE_OVER_EVENT). */
  readonly onTakeOver?: (game: TakeOver) => void;
}

const PLAY_KEYS: readonly string[] = [
  SCENE_KEYS.chamber,
  SCENE_KEYS.hall,
  SCENE_KEYS.documents,
  SCENE_KEYS.negotiation,
  SCENE_KEYS.debrief,
];

/**
 * The historical replay: the record from CD/1679 (2002) to 2022 played on the game's own
 * procedure machines, shown in the chamber or the hall (whichever sits), with play, pause,
 * step, speed, a jump to a symbol or a date, the choice of whose eyes to see it through, and
 * the take-over of a seat from the current step. Its controls sit at the foot of the side column.
 */
export class ReplayScene extends Phaser.Scene {
  private overlay!: SceneOverlay;
  private controller: ReplayController | null = null;
  /**
   * Set once a seat is taken over: the shell then starts the game's own chamber or hall, and
   * stopping the replay must not stop that scene along with the replay's own copy.
   */
  private handedOver = false;
  private client: ReplayClient | null = null;
  private options: ReplaySceneData = {};
  private shown: string | null = null;
  private status!: HTMLElement;
  private message = '';

  constructor() {
    super({ key: SCENE_KEYS.replay });
  }

  init(data: unknown): void {
    this.options = data ?? {};
    this.controller = null;
    this.client = null;
    this.shown = null;
    this.message = '';
  }

  create(): void {
    this.handedOver = false;
    this.overlay = new SceneOverlay(this, tv('replay.title'));
    this.overlay.root.style.zIndex = '11';
    this.status = el('p', {
      className: 'pv-status',
      attrs: { role: 'status' },
      text: tv('replay.loading'),
    });
    this.overlay.place(el('div', { className: 'pv-controls', children: [this.status] }), {
      x: PANEL_X,
      y: 720 - REPLAY_RESERVE,
      width: 1280 - PANEL_X - 8,
    });
    const source = this.options.source ? Promise.resolve(this.options.source) : loadPpwtHistory();
    source.then(
      (loaded) => this.start(loaded),
      (error: unknown) => {
        this.status.textContent = tv('replay.failed', {
          reason: error instanceof Error ? error.message : String(error),
        });
      },
    );
    this.events.once('shutdown', () => {
      this.controller?.dispose();
      this.client?.dispose();
      if (this.handedOver) return;
      for (const key of PLAY_KEYS) if (this.scene.isActive(key)) this.scene.stop(key);
    });
  }

  /** The controller, once the record is loaded (for tests and the frame-time measurement). */
  get replay(): ReplayController | null {
    return this.controller;
  }

  private start(source: HistorySource): void {
    if (!this.sys.isActive()) return;
    const controller = new ReplayController(source.scenario, source.log);
    this.controller = controller;
    this.client = new ReplayClient(controller);
    if (this.options.at) {
      if (/^\d+$/.test(this.options.at)) controller.seek(Number(this.options.at));
      else controller.jumpTo(this.options.at);
    }
    controller.subscribe(() => {
      this.follow();
      this.buildControls();
    });
    this.follow();
    this.buildControls();
  }

  /** Shows the chamber or the hall, whichever sits now, unless the person chose another screen. */
  private follow(): void {
    const client = this.client;
    if (!client) return;
    const view = client.view();
    const turn = view.calendar[Math.min(view.turn, view.calendar.length - 1)];
    const wanted = turn?.forum === 'unga' ? SCENE_KEYS.hall : SCENE_KEYS.chamber;
    const active = PLAY_KEYS.filter((key) => this.scene.isActive(key));
    const onForum =
      active.length === 0 ||
      active.every((key) => key === SCENE_KEYS.chamber || key === SCENE_KEYS.hall);
    if (!onForum || (active.includes(wanted) && this.shown === wanted)) return;
    for (const key of active) this.scene.stop(key);
    this.scene.launch(wanted, { client, scenario: client.controller.scenario, inReplay: true });
    this.scene.sendToBack();
    this.shown = wanted;
  }

  private buildControls(): void {
    const controller = this.controller;
    if (!controller) return;
    const panel = el('div', {
      className: 'pv-controls',
      attrs: { role: 'group', 'aria-label': tv('replay.title') },
    });
    panel.style.height = `${REPLAY_RESERVE - 4}px`;
    panel.style.alignContent = 'flex-start';
    const row = (): HTMLElement => {
      const line = el('div');
      line.style.display = 'flex';
      line.style.gap = '4px';
      line.style.width = '100%';
      line.style.alignItems = 'center';
      panel.append(line);
      return line;
    };
    const first = row();
    first.append(
      button('|◀', () => controller.back(), { label: tv('replay.back') }),
      button(
        controller.playing ? '❚❚' : '▶',
        () => (controller.playing ? controller.pause() : controller.play()),
        {
          label: controller.playing ? tv('replay.pause') : tv('replay.play'),
        },
      ),
      button('▶|', () => controller.forward(), { label: tv('replay.forward') }),
      button(tv('replay.nextTurn'), () => controller.nextTurn()),
    );
    const speed = el('select', { attrs: { 'aria-label': tv('replay.speed') } });
    for (const value of REPLAY_SPEEDS) {
      const option = new Option(tv('replay.speedValue', { speed: value }), String(value));
      option.selected = value === controller.speed;
      speed.append(option);
    }
    speed.addEventListener('change', () => controller.setSpeed(Number(speed.value) as ReplaySpeed));
    first.append(speed);
    const second = row();
    const slider = el('input', {
      attrs: {
        type: 'range',
        min: '0',
        max: String(controller.length),
        'aria-label': tv('replay.slider'),
      },
    });
    slider.value = String(controller.position);
    slider.setAttribute(
      'aria-valuetext',
      tv('replay.position', { position: controller.position, length: controller.length }),
    );
    slider.addEventListener('change', () => controller.seek(Number(slider.value)));
    second.append(
      slider,
      el('span', { className: 'pv-status', text: `${controller.position}/${controller.length}` }),
    );
    const third = row();
    const jump = el('input', {
      attrs: {
        type: 'text',
        placeholder: tv('replay.jumpPlaceholder'),
        'aria-label': tv('replay.jump'),
      },
    });
    jump.style.flex = '1';
    jump.style.minWidth = '0';
    const go = (): void => {
      const target = jump.value.trim();
      if (target === '') return;
      if (controller.jumpTo(target) === null) {
        this.message = tv('replay.jumpNotFound', { target });
        this.buildControls();
      }
    };
    jump.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') go();
    });
    const viewer = el('select', { attrs: { 'aria-label': tv('replay.viewer') } });
    for (const value of ['host', ...SEATS]) {
      const option = new Option(tv(`replay.viewers.${value}`), value);
      option.selected = value === controller.viewer;
      viewer.append(option);
    }
    viewer.addEventListener('change', () => controller.setViewer(viewer.value as SeatId | 'host'));
    third.append(jump, button(tv('replay.jumpGo'), go), viewer);
    const fourth = row();
    const seat = el('select', { attrs: { 'aria-label': tv('replay.takeOver') } });
    for (const value of SEATS) seat.append(new Option(tv(`replay.viewers.${value}`), value));
    fourth.append(
      seat,
      button(tv('replay.takeOver'), () => this.takeOver(seat.value as SeatId), {
        label: tv('replay.takeOverSeat', { seat: tv(`replay.viewers.${seat.value}`) }),
      }),
    );
    const step = controller.position > 0 ? controller.stepAt(controller.position - 1) : undefined;
    this.status = el('p', {
      className: 'pv-status',
      attrs: { role: 'status' },
      text:
        this.message ||
        (controller.position >= controller.length
          ? tv('replay.ended')
          : step
            ? `${tv('replay.step', { index: step.index, type: step.intent.type, actor: step.intent.actor })} · ${tv(`confidence.${step.confidence}`)}`
            : ''),
    });
    if (step) this.status.title = tv('replay.source', { source: step.source });
    this.status.style.margin = '0';
    this.status.style.overflow = 'hidden';
    this.status.style.whiteSpace = 'nowrap';
    this.status.style.textOverflow = 'ellipsis';
    const fifth = row();
    fifth.append(this.status);
    this.message = '';
    const focusedLabel = (document.activeElement as HTMLElement | null)?.getAttribute('aria-label');
    this.overlay.root.replaceChildren();
    this.overlay.place(panel, { x: PANEL_X, y: 720 - REPLAY_RESERVE, width: 1280 - PANEL_X - 8 });
    if (focusedLabel)
      this.overlay.root
        .querySelector<HTMLElement>(`[aria-label="${CSS.escape(focusedLabel)}"]`)
        ?.focus();
  }

  private takeOver(seat: SeatId): void {
    const controller = this.controller;
    if (!controller) return;
    controller.pause();
    try {
      const game = takeOver(controller.scenario, controller.log, controller.position, seat);
      this.message = tv('replay.takeOverReady', {
        seat: tv(`replay.viewers.${seat}`),
        at: game.at,
      });
      this.handedOver = this.options.onTakeOver !== undefined;
      this.game.events.emit(TAKE_OVER_EVENT, game);
      this.options.onTakeOver?.(game);
    } catch (error) {
      this.message = tv('replay.takeOverFailed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    this.buildControls();
  }
}
