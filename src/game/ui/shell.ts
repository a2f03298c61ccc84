import type { i18n as I18n, TFunction } from 'i18next';
import type { Scenario } from '../../engine/index';
import { DEFAULT_BOT_LEVEL } from '../../ai/agent';
import type { ComputerWorld } from '../client/computer-world';
import type { GameClient } from '../client/game-client';
import type { LocalGameSetup } from '../client/local-client';
import { LocalClient } from '../client/local-client';
import { restoreGame, storedGame } from '../client/session';
import type { SaveStore } from '../storage/saves';
import type { Language, Settings } from '../storage/settings';
import { saveSettings } from '../storage/settings';
import type { ShellAudio } from './audio-port';
import { classroomScreen } from './menu/classroom-screen';
import { loadScreen } from './menu/load-screen';
import { modeScreen } from './menu/mode-screen';
import { settingsScreen } from './menu/settings-screen';
import { setupScreen } from './menu/setup-screen';
import { titleScreen } from './menu/title-screen';
import type { Overlay } from './overlay';
import { PlayHud } from './play/play-hud';
import type { MenuScreen, PlayScreen, Stage } from './stage';
import type { TakeOver } from '../replay/take-over';

/** What the shell is given at boot. */
export interface ShellServices {
  readonly i18n: I18n;
  readonly overlay: Overlay;
  readonly stage: Stage;
  readonly saves: SaveStore;
  readonly audio: ShellAudio | null;
  readonly settings: Settings;
  readonly scenarios: () => Promise<readonly Scenario[]>;
  readonly world: () => ComputerWorld;
  /** Whether the classroom server answers on this page's own host. */
  readonly classroomServer: () => Promise<boolean>;
}

/**
 * The page's navigation: title → mode → setup → play → debrief, with settings and saved games
 * on the side. Menus are DOM panels over drawn backdrops; play is D2's scenes with the DOM HUD
 * (actions, documents, votes, record) on top. Everything the shell shows re-renders when the
 * language changes, without a reload. The current screen is written to `<body data-screen>` so
 * tests and assistive tools can tell where the page is.
 */
export class Shell {
  settings: Settings;
  setupMode: 'solo' | 'hotseat' = 'solo';
  classroomKind: 'host' | 'join' = 'host';
  private screen: MenuScreen | PlayScreen = 'title';
  private returnTo: MenuScreen | 'play' = 'title';
  private hud: PlayHud | null = null;
  private client: GameClient | null = null;

  constructor(readonly services: ShellServices) {
    this.settings = services.settings;
    services.i18n.on('languageChanged', () => this.render());
    document.documentElement.dataset.reducedMotion = String(this.settings.reducedMotion);
  }

  get t(): TFunction {
    return this.services.i18n.t;
  }

  get overlay(): Overlay {
    return this.services.overlay;
  }

  /** Opens a menu screen (settings remembers where it was opened from, to go back there). */
  go(screen: MenuScreen): void {
    if (screen === 'settings') this.returnTo = this.hud ? 'play' : this.menuScreen();
    if (this.hud && screen !== 'settings') this.leaveGame();
    this.screen = screen;
    if (!this.hud) this.services.stage.showMenu(screen);
    this.render();
  }

  /** Leaves the settings screen for the screen it was opened from. */
  closeSettings(): void {
    if (this.returnTo === 'play' && this.hud) {
      this.screen = this.hud.screen();
      this.render();
    } else this.go(this.returnTo === 'play' ? 'title' : this.returnTo);
  }

  startLocal(setup: LocalGameSetup): void {
    this.play(LocalClient.start(setup, this.services.world()));
  }

  async loadStored(id: string): Promise<void> {
    const stored = await this.services.saves.get(id);
    if (!stored) return;
    const result = restoreGame(stored, await this.services.scenarios(), this.services.world());
    if (!result.ok) {
      this.overlay.toast(this.t('load.refused', { reason: result.message }), 'error');
      return;
    }
    this.play(result.client);
    this.overlay.toast(this.t('load.loaded'));
  }

  async saveGame(client: LocalClient): Promise<void> {
    const now = new Date();
    const id = `save-${now.getTime()}`;
    await this.services.saves.put(storedGame(client, id, now.toISOString()));
    this.overlay.toast(this.t('hud.saved'));
  }

  /** Starts playing a game: the DOM HUD over the play scene that fits the game's forum. */
  play(client: GameClient): void {
    this.leaveGame();
    this.client = client;
    this.hud = new PlayHud(
      this,
      client,
      (screen) => this.showPlayScreen(screen),
      this.services.stage.hasPlayScenes(),
    );
    this.showPlayScreen(this.hud.screen());
    if (client instanceof LocalClient) void client.begin();
  }

  /** Shows the historical replay (D2's replay scene and controller). */
  openReplay(): void {
    this.leaveGame();
    // Taking a seat over turns the record at that step into an ordinary solo game.
    const onTakeOver = (game: TakeOver): void => this.takeOver(game);
    if (this.services.stage.showPlay('replay', null, { onTakeOver })) {
      this.screen = 'replay';
      this.overlay.screen.replaceChildren();
      document.body.dataset.screen = 'replay';
    } else this.overlay.toast(this.t('replay.missing'), 'error');
  }

  /** Plays on from the record as the seat taken over, the other seats led by the computer. */
  takeOver(game: TakeOver): void {
    const setup: LocalGameSetup = {
      mode: 'solo',
      scenario: game.scenario,
      seed: game.seed,
      humans: [game.seat],
      difficulty: DEFAULT_BOT_LEVEL,
    };
    this.play(LocalClient.restore(setup, this.services.world(), game.state, game.intents));
    this.overlay.toast(this.t('replay.tookOver', { seat: this.t(`seat.${game.seat}`) }));
  }

  quitToTitle(): void {
    this.leaveGame();
    this.go('title');
  }

  async setLanguage(language: Language): Promise<void> {
    this.updateSettings({ ...this.settings, language });
    await this.services.i18n.changeLanguage(language);
  }

  setReducedMotion(reduced: boolean): void {
    this.updateSettings({ ...this.settings, reducedMotion: reduced });
    this.services.stage.setReducedMotion(reduced);
    document.documentElement.dataset.reducedMotion = String(reduced);
    this.render();
  }

  /** Draws the current screen again (after a language change, a setting, a game update). */
  render(): void {
    document.body.dataset.screen = this.screen;
    if (this.screen === 'replay') return;
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset.focus;
    this.overlay.screen.replaceChildren(this.build());
    if (focusKey)
      this.overlay.screen
        .querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)
        ?.focus();
  }

  private build(): HTMLElement {
    switch (this.screen) {
      case 'title':
        return titleScreen(this);
      case 'mode':
        return modeScreen(this);
      case 'setup':
        return setupScreen(this);
      case 'classroom':
        return classroomScreen(this);
      case 'settings':
        return settingsScreen(this);
      case 'load':
        return loadScreen(this);
      default:
        return this.hud ? this.hud.build() : titleScreen(this);
    }
  }

  private showPlayScreen(screen: PlayScreen): void {
    this.screen = screen;
    this.services.stage.showPlay(screen, this.client);
    this.render();
  }

  private menuScreen(): MenuScreen {
    const screen = this.screen;
    return screen === 'chamber' || screen === 'hall' || screen === 'debrief' || screen === 'replay'
      ? 'title'
      : screen;
  }

  private leaveGame(): void {
    this.hud?.dispose();
    this.hud = null;
    this.client?.dispose();
    this.client = null;
    this.overlay.hideCover();
  }

  private updateSettings(settings: Settings): void {
    this.settings = settings;
    saveSettings(settings);
  }
}
