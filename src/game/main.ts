import classroom2008 from '../../scenarios/classroom-2008.json';
import classroom2014 from '../../scenarios/classroom-2014.json';
import type { GameState, IntentInput, Scenario, SeatId } from '../engine';
import {
  HOST,
  apply,
  createGame,
  legalActions,
  parseScenario,
  presidentNow,
  view,
} from '../engine';
import { computerMoves } from './engine-page/computer-moves';
import { PAGE_FRAME } from './engine-page/page.html';
import { render } from './engine-page/render';
import './engine-page/style.css';

const SCENARIOS: Record<string, Scenario> = Object.fromEntries(
  [classroom2008, classroom2014].flatMap((json) => {
    const loaded = parseScenario(json, `${(json as { id: string }).id}.json`);
    return loaded.ok ? [[loaded.scenario.id, loaded.scenario]] : [];
  }),
);

/** Boots the interim page: one game in the page, the engine deciding every move. */
function start(root: HTMLElement): void {
  root.innerHTML = PAGE_FRAME;
  const form = root.querySelector<HTMLFormElement>('#setup')!;
  const scenarioSelect = form.elements.namedItem('scenario') as HTMLSelectElement;
  for (const scenario of Object.values(SCENARIOS))
    scenarioSelect.add(new Option(scenario.title, scenario.id));

  let state: GameState;
  let seat: SeatId | 'host' = 'RUS';
  let message: string | null = null;
  let seed = 1;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  const redraw = (): void => {
    const actor = seat === 'host' ? HOST : seat;
    render(
      root,
      {
        view: view(state, seat),
        options: legalActions(state, actor),
        president: presidentNow(state),
        message,
      },
      act,
    );
  };
  const act = (intent: IntentInput): void => {
    const result = apply(state, intent);
    message = result.ok ? null : result.error.message;
    if (result.ok) state = result.state;
    redraw();
  };
  const newGame = (): void => {
    const field = (name: string): string =>
      (form.elements.namedItem(name) as HTMLInputElement).value;
    const scenario = SCENARIOS[field('scenario')] ?? Object.values(SCENARIOS)[0]!;
    seat = field('seat') as SeatId | 'host';
    seed = Number(field('seed')) || 1;
    state = createGame(scenario, seed);
    message = `${scenario.title}: you lead ${seat === 'host' ? 'the game as host' : seat}.`;
    redraw();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    newGame();
  });
  root.querySelector('#others')!.addEventListener('click', () => {
    state = computerMoves(state, seat, 12, random);
    message = null;
    redraw();
  });
  root
    .querySelector('#end-turn')!
    .addEventListener('click', () => act({ type: 'turn.ended', actor: HOST }));
  newGame();
}

start(document.querySelector<HTMLElement>('#game')!);
