import type { GameView, IntentInput, RecordEntry } from '../../engine';
import { memberName } from '../../engine';
import { describeIntent } from './describe-intent';

export interface PageModel {
  readonly view: GameView;
  readonly options: readonly IntentInput[];
  readonly president: string | null;
  readonly message: string | null;
}

/** Draws the interim engine page: status, the seat's options, the transcript and the documents. */
export function render(
  root: HTMLElement,
  model: PageModel,
  onIntent: (intent: IntentInput) => void,
): void {
  const { view } = model;
  const turn = view.calendar[view.turn];
  root
    .querySelector('#status')!
    .replaceChildren(
      text('strong', turn?.label ?? ''),
      text('span', `Date ${view.date}`),
      text('span', `President of the CD: ${model.president ? memberName(model.president) : '—'}`),
      text('span', `Tension ${view.tension} · Debris ${view.debris}`),
      text('span', view.phase === 'ended' ? 'The scenario has ended' : ''),
    );
  root.querySelector('#message')!.textContent = model.message ?? '';

  const options = root.querySelector('#options')!;
  options.replaceChildren(
    ...model.options.map((intent) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = describeIntent(intent);
      button.addEventListener('click', () => onIntent(intent));
      return button;
    }),
  );
  if (model.options.length === 0)
    options.append(text('p', 'Nothing to do right now: let the others act or end the turn.'));

  const seat = view.viewer === 'host' || view.viewer === 'public' ? null : view.seats[view.viewer];
  root
    .querySelector('#brief')!
    .replaceChildren(
      ...(seat
        ? [
            text('p', seat.publicPosition),
            list(seat.objectives?.map((objective) => objective.text) ?? []),
            list(seat.instructions ?? []),
          ]
        : [text('p', 'The host sees every delegation.')]),
    );

  root
    .querySelector('#record')!
    .replaceChildren(...[...view.record].reverse().slice(0, 200).map(entryItem));
  root.querySelector('#documents')!.replaceChildren(
    ...view.documentOrder.map((id) => {
      const entry = view.documents[id]!;
      const context = entry.procedure.context as {
        symbol: string | null;
        title: string;
        authors: string[];
        respondsTo: string[];
        responses: string[];
      };
      const item = text('li', '');
      item.append(
        text('strong', context.symbol ?? `${id} (draft, private)`),
        text('span', ` ${context.title} — ${context.authors.map(memberName).join(', ')}`),
        text(
          'small',
          ` · ${String(entry.procedure.value)}${context.respondsTo.length ? ` · answers ${context.respondsTo.join(', ')}` : ''}${context.responses.length ? ` · answered by ${context.responses.join(', ')}` : ''}${entry.confidence !== 'verified' ? ` · ${entry.confidence}` : ''}`,
        ),
      );
      return item;
    }),
  );
}

function entryItem(entry: RecordEntry): HTMLElement {
  const item = text('li', '');
  item.className = `forum-${entry.forum}`;
  item.append(text('time', entry.date), text('span', ` ${entry.summary}`));
  if (entry.visibleTo !== 'all') item.append(text('em', ' (private)'));
  return item;
}

function list(items: readonly string[]): HTMLElement {
  const element = document.createElement('ul');
  element.append(...items.map((item) => text('li', item)));
  return element;
}

function text(tag: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}
