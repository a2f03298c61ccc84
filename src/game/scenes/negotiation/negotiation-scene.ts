import Phaser from 'phaser';
import i18next from 'i18next';
import type { IntentInput } from '../../../engine/index';
import { THEME } from '../chamber/palette';
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
} from '../chamber/surface/scene-data';
import { tv } from '../chamber/surface/views-i18n';
import { safeName } from '../hall/hall-model';
import type { NegotiationArticle, NegotiationTable } from './negotiation-model';
import { negotiationBodies, negotiationTable } from './negotiation-model';

const AREA_BOTTOM = 664;

function names(codes: readonly string[]): string {
  return codes.map(safeName).join(', ');
}

/**
 * The negotiation table of a subsidiary body: the basis text article by article, bracketed
 * articles with their alternatives and who put each forward, the amendments proposed, accepted,
 * objected to and settled, who holds what, and the adoption round. Moves on an amendment or on
 * the text are offered beside it, from the engine's legal actions only.
 */
export class NegotiationScene extends Phaser.Scene {
  private session!: PlaySceneData;
  private overlay!: SceneOverlay;
  private body: string | undefined;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super({ key: SCENE_KEYS.negotiation });
  }

  init(data: unknown): void {
    this.session = playData(this, data);
    this.body = this.session.focus;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.background);
    this.overlay = new SceneOverlay(this, tv('negotiation.title'));
    this.render();
    this.unsubscribe = this.session.client.subscribe((update) => {
      if (update.fresh.some((entry) => entry.kind === 'text.adopted')) playSound(this, 'gavel');
      this.render();
    });
    const onLanguage = (): void => this.render();
    i18next.on('languageChanged', onLanguage);
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      i18next.off('languageChanged', onLanguage);
    });
  }

  private render(): void {
    const view = this.session.client.view();
    const bodies = negotiationBodies(view);
    const body = this.body && bodies.includes(this.body) ? this.body : bodies.at(-1);
    const table = body ? negotiationTable(view, body) : null;
    const root = this.overlay.root;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.key;
    root.replaceChildren();
    addNav(this, this.overlay, this.session, SCENE_KEYS.negotiation);
    const moves = this.session.client.mode === 'replay' ? [] : this.session.client.legalActions();
    const main = el('div', { className: 'pv-doc' });
    const side = el('section', { className: 'pv-panel' });
    side.append(el('h2', { text: tv('negotiation.title') }));
    if (!table) {
      main.append(
        el('h2', { text: tv('negotiation.title') }),
        el('p', { text: tv('negotiation.none') }),
      );
    } else {
      main.append(this.textView(table, moves));
      this.sideView(side, table, bodies, moves);
    }
    this.overlay.place(main, {
      x: 8,
      y: NAV_HEIGHT + 6,
      width: PANEL_X - 24,
      height: AREA_BOTTOM - NAV_HEIGHT - 6,
    });
    this.overlay.place(side, {
      x: PANEL_X,
      y: NAV_HEIGHT + 6,
      width: 1280 - PANEL_X - 8,
      height: 720 - NAV_HEIGHT - 12 - (this.session.inReplay ? REPLAY_RESERVE : 0),
    });
    if (focused) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  private textView(table: NegotiationTable, moves: readonly IntentInput[]): HTMLElement {
    const page = el('article', { attrs: { 'aria-labelledby': 'pv-neg-title' } });
    page.append(
      el('h2', {
        text: tv('negotiation.body', { body: table.body, basis: table.basis }),
        attrs: { id: 'pv-neg-title' },
      }),
    );
    page.append(
      el('p', {
        className: 'pv-meta',
        text: `${tv(`negotiation.status.${table.status}`, { defaultValue: table.status })} · ${tv('negotiation.summary', { bracketed: table.bracketed, open: table.openAmendments })}`,
      }),
    );
    for (const article of table.articles) page.append(this.articleView(table, article, moves));
    return page;
  }

  private articleView(
    table: NegotiationTable,
    article: NegotiationArticle,
    moves: readonly IntentInput[],
  ): HTMLElement {
    const section = el('section', {
      attrs: { 'aria-label': `${article.number} ${article.subject}` },
    });
    const heading = el('h3', {
      text: tv('documents.article', { number: article.number, subject: article.subject }),
    });
    heading.append(
      el('span', {
        className: `pv-conf ${article.agreed ? 'pv-conf-verified' : 'pv-conf-uncertain'}`,
        text: tv(article.agreed ? 'negotiation.agreed' : 'negotiation.bracketed'),
      }),
    );
    section.append(heading);
    for (const alternative of article.alternatives) {
      const who =
        alternative.proposedBy === null
          ? tv('negotiation.basisText', { basis: table.basis })
          : tv('negotiation.proposedBy', { name: safeName(alternative.proposedBy) });
      const box = el('div', { className: article.agreed ? '' : 'pv-bracket' });
      if (!article.agreed)
        box.append(
          el('h4', { text: `${tv('negotiation.alternative', { id: alternative.id })} — ${who}` }),
        );
      box.append(
        el('p', { className: article.agreed ? '' : 'pv-bracket-text', text: alternative.text }),
      );
      const drop = moves.filter(
        (move) =>
          move.type === 'alternative.dropped' &&
          move.body === table.body &&
          move.alternative === alternative.id,
      );
      if (drop.length > 0) box.append(movesList(this.session.client, drop, tv('moves.heading')));
      section.append(box);
    }
    const proposal = moves.find(
      (move) =>
        move.type === 'amendment.proposed' &&
        move.body === table.body &&
        move.article === article.number,
    );
    if (proposal?.type === 'amendment.proposed')
      section.append(this.proposalForm(proposal, article));
    if (article.amendments.length > 0) {
      section.append(el('h4', { text: tv('negotiation.amendments') }));
      for (const amendment of article.amendments) {
        const box = el('div', { className: 'pv-answer' });
        box.append(
          el('strong', {
            text: tv('negotiation.amendment', {
              id: amendment.id,
              name: safeName(amendment.proposedBy),
              status: tv(`negotiation.amendmentStatus.${amendment.status}`),
            }),
          }),
          el('p', { text: amendment.text }),
        );
        if (amendment.accepted.length > 0)
          box.append(
            el('p', { text: tv('negotiation.accepted', { names: names(amendment.accepted) }) }),
          );
        if (amendment.objections.length > 0)
          box.append(
            el('p', {
              className: 'pv-objection',
              text: `✗ ${tv('negotiation.objected', { names: names(amendment.objections) })}`,
            }),
          );
        const own = actionsAbout(
          moves,
          (move) =>
            'amendment' in move && move.amendment === amendment.id && move.body === table.body,
        );
        if (own.length > 0) box.append(movesList(this.session.client, own, tv('moves.heading')));
        section.append(box);
      }
    }
    return section;
  }

  /** A form to propose new text for an article, starting from the text the engine suggests. */
  private proposalForm(
    proposal: Extract<IntentInput, { type: 'amendment.proposed' }>,
    article: NegotiationArticle,
  ): HTMLElement {
    const details = el('details');
    details.append(el('summary', { text: tv('negotiation.propose', { article: article.number }) }));
    const id = `pv-propose-${proposal.body}-${article.number}`.replace(/[^A-Za-z0-9_-]/g, '_');
    const label = el('label', { text: tv('negotiation.proposeText'), attrs: { for: id } });
    const text = el('textarea', { attrs: { id, rows: '4' } });
    text.value = proposal.text;
    text.style.width = '100%';
    const status = el('p', { className: 'pv-meta', attrs: { role: 'status' } });
    const send = button(tv('negotiation.proposeSend'), () => {
      const wording = text.value.trim();
      if (wording === '') return;
      void this.session.client.send({ ...proposal, text: wording }).then((result) => {
        status.textContent = result.ok ? '' : tv('moves.refused', { reason: result.error.message });
      });
    });
    details.append(label, text, send, status);
    return details;
  }

  private sideView(
    side: HTMLElement,
    table: NegotiationTable,
    bodies: readonly string[],
    moves: readonly IntentInput[],
  ): void {
    if (bodies.length > 1) {
      const choose = el('div', { className: 'pv-tabs' });
      for (const id of bodies) {
        const tab = button(
          id,
          () => {
            this.body = id;
            this.render();
          },
          { pressed: id === table.body },
        );
        tab.dataset.key = `body-${id}`;
        choose.append(tab);
      }
      side.append(choose);
    }
    side.append(
      el('p', { text: tv('negotiation.body', { body: table.body, basis: table.basis }) }),
    );
    side.append(
      el('p', {
        text: tv('negotiation.summary', { bracketed: table.bracketed, open: table.openAmendments }),
      }),
    );
    side.append(el('h3', { text: tv('negotiation.holders') }));
    if (table.holders.length === 0)
      side.append(el('p', { className: 'pv-muted', text: tv('negotiation.holdersNone') }));
    const holders = el('ul', { className: 'pv-list' });
    for (const holder of table.holders)
      holders.append(
        el('li', {
          text: `${safeName(holder.member)}: ${holder.alternatives.map((entry) => entry.replace(':', ' · ')).join(', ')}`,
        }),
      );
    side.append(holders);
    if (
      table.status !== 'negotiating' ||
      table.adoption.joined.length + table.adoption.objections.length > 0
    ) {
      side.append(
        el('p', {
          text: tv('negotiation.adoption', {
            joined: table.adoption.joined.length,
            objected: table.adoption.objections.length,
          }),
        }),
      );
      if (table.adoption.objections.length > 0)
        side.append(
          el('p', {
            className: 'pv-alert',
            text: tv('chamber.blockedBy', { names: names(table.adoption.objections) }),
          }),
        );
    }
    const textMoves = actionsAbout(
      moves,
      (move) =>
        'body' in move &&
        move.body === table.body &&
        !('amendment' in move) &&
        move.type !== 'alternative.dropped' &&
        move.type !== 'amendment.proposed',
    );
    if (this.session.client.mode !== 'replay')
      side.append(movesList(this.session.client, textMoves, tv('moves.heading')));
  }
}
