import type { Scenario, SeatId } from '../../../engine/index';
import { SEATS } from '../../../engine/index';
import type { Difficulty } from '../../client/computer-world';
import type { Language } from '../../storage/settings';
import { button, field, h, select } from '../dom';
import type { Shell } from '../shell';
import { menuPanel } from './menu-panel';
import { languageOptions } from './title-screen';

/** The choices of the setup form, kept while the screen re-renders (a language switch). */
export interface SetupDraft {
  scenarioId: string | null;
  seat: SeatId;
  hotseatSeats: SeatId[];
  difficulty: Difficulty;
  seed: number;
}

export const setupDraft: SetupDraft = {
  scenarioId: null,
  seat: 'RUS',
  hotseatSeats: ['RUS', 'USA'],
  difficulty: 2,
  seed: 1,
};

/** Setup: scenario, seat(s), difficulty, language and seed, then the game starts. */
export function setupScreen(shell: Shell): HTMLElement {
  const { t } = shell;
  const hotseat = shell.setupMode === 'hotseat';
  const scenarioSelect = h(
    'select',
    {
      name: 'scenario',
      'data-testid': 'setup-scenario',
      'data-focus': 'setup-scenario',
      disabled: true,
    },
    new Option(t('common.loading'), ''),
  );
  const problem = h('p', { class: 'form-problem', role: 'alert', 'data-testid': 'setup-problem' });
  const startButton = button(t('setup.start'), () => start(), {
    class: 'primary',
    'data-testid': 'start-game',
    'data-focus': 'start-game',
    disabled: true,
  });
  let scenarios: readonly Scenario[] = [];

  void shell.services.scenarios().then((loaded) => {
    scenarios = loaded;
    setupDraft.scenarioId ??= loaded[0]?.id ?? null;
    scenarioSelect.replaceChildren(
      ...loaded.map(
        (scenario) =>
          new Option(
            `${scenario.title} (${t('setup.turns', { count: scenario.calendar.length })})`,
            scenario.id,
            false,
            scenario.id === setupDraft.scenarioId,
          ),
      ),
    );
    scenarioSelect.disabled = false;
    startButton.disabled = loaded.length === 0;
  });
  scenarioSelect.addEventListener('change', () => (setupDraft.scenarioId = scenarioSelect.value));

  const start = (): void => {
    const scenario =
      scenarios.find((candidate) => candidate.id === setupDraft.scenarioId) ?? scenarios[0];
    if (!scenario) return;
    const humans = hotseat
      ? SEATS.filter((seat) => setupDraft.hotseatSeats.includes(seat))
      : [setupDraft.seat];
    if (hotseat && humans.length < 2) {
      problem.textContent = t('setup.pickTwo');
      return;
    }
    shell.startLocal({
      mode: shell.setupMode,
      scenario,
      seed: setupDraft.seed,
      humans,
      difficulty: setupDraft.difficulty,
    });
  };

  const seats = hotseat ? hotseatSeats(shell) : soloSeat(shell);
  const difficulty = h(
    'fieldset',
    { class: 'choice-row', 'data-testid': 'setup-difficulty' },
    h('legend', {}, t('setup.difficulty')),
    ...([1, 2, 3] as const).map((level) => {
      const input = h('input', {
        type: 'radio',
        name: 'difficulty',
        value: String(level),
        checked: setupDraft.difficulty === level,
        'data-focus': `difficulty-${level}`,
      });
      input.addEventListener('change', () => (setupDraft.difficulty = level));
      return h('label', { class: 'choice' }, input, ` ${t(`setup.level${level}`)}`);
    }),
  );
  const language = select('language', languageOptions(), shell.settings.language, {
    'data-testid': 'setup-language',
    'data-focus': 'setup-language',
  });
  language.addEventListener('change', () => void shell.setLanguage(language.value as Language));
  const seed = h('input', {
    type: 'number',
    name: 'seed',
    min: 0,
    max: 2147483647,
    value: setupDraft.seed,
    'data-testid': 'setup-seed',
    'data-focus': 'setup-seed',
  });
  seed.addEventListener(
    'change',
    () => (setupDraft.seed = Math.max(0, Math.floor(Number(seed.value)) || 0)),
  );

  const form = h(
    'form',
    { class: 'setup-form', novalidate: true },
    field(t('setup.scenario'), scenarioSelect),
    seats,
    difficulty,
    h(
      'div',
      { class: 'field-row' },
      field(t('setup.language'), language),
      field(t('setup.seed'), seed),
    ),
    problem,
    h('div', { class: 'form-actions' }, startButton),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  return menuPanel(
    shell,
    {
      testId: 'setup-screen',
      heading: t(hotseat ? 'setup.headingHotseat' : 'setup.heading'),
      back: () => shell.go('mode'),
      wide: true,
    },
    form,
  );
}

function soloSeat(shell: Shell): HTMLElement {
  return h(
    'fieldset',
    { class: 'choice-row', 'data-testid': 'setup-seat' },
    h('legend', {}, shell.t('setup.seat')),
    ...SEATS.map((seat) => {
      const input = h('input', {
        type: 'radio',
        name: 'seat',
        value: seat,
        checked: setupDraft.seat === seat,
        'data-focus': `seat-${seat}`,
      });
      input.addEventListener('change', () => (setupDraft.seat = seat));
      return h('label', { class: `choice seat-${seat}` }, input, ` ${shell.t(`seat.${seat}`)}`);
    }),
  );
}

function hotseatSeats(shell: Shell): HTMLElement {
  return h(
    'fieldset',
    { class: 'choice-row', 'data-testid': 'setup-seats' },
    h('legend', {}, shell.t('setup.seats')),
    ...SEATS.map((seat) => {
      const input = h('input', {
        type: 'checkbox',
        name: 'seats',
        value: seat,
        checked: setupDraft.hotseatSeats.includes(seat),
        'data-focus': `seats-${seat}`,
      });
      input.addEventListener('change', () => {
        const others = setupDraft.hotseatSeats.filter((chosen) => chosen !== seat);
        setupDraft.hotseatSeats = input.checked ? [...others, seat] : others;
      });
      return h('label', { class: `choice seat-${seat}` }, input, ` ${shell.t(`seat.${seat}`)}`);
    }),
  );
}
