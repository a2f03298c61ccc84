import type { IntentInput } from '../../engine/index';
import { RemoteClient } from '../client/remote-client';
import { escapeHtml, formatClock, intentLabel, localTokens, serverEndpoint } from './page-tools';

/**
 * A student's page: join with the room code and a first name, then act for the delegation.
 * The speaker's buttons send an intent; a delegate's buttons propose it to the speaker, who
 * sends a proposal with one click.
 */
export function mountStudentPage(root: HTMLElement, code = ''): void {
  root.innerHTML = `<h1>PAROS: join your class</h1>
<form id="join-form">
  <label>Room code <input id="join-code" autocomplete="off" maxlength="6" value="${escapeHtml(code)}" required></label>
  <label>Your first name <input id="join-name" autocomplete="given-name" maxlength="24" required></label>
  <label>Delegation <select id="join-seat"><option value="">as the teacher decides</option>
    <option>CHN</option><option>RUS</option><option>USA</option><option>EU</option></select></label>
  <button id="join" type="submit">Join</button>
  <p id="join-error" role="alert"></p>
</form>`;
  const form = root.querySelector<HTMLFormElement>('#join-form')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id: string) => root.querySelector<HTMLInputElement>(id)!.value.trim();
    const seat = value('#join-seat');
    const roomCode = value('#join-code').toUpperCase();
    RemoteClient.connect({
      endpoint: serverEndpoint(),
      code: roomCode,
      join: {
        role: 'student',
        name: value('#join-name'),
        ...(seat ? { seat: seat as 'CHN' | 'RUS' | 'USA' | 'EU' } : {}),
      },
      storage: localTokens(),
    }).then(
      (client) => play(root, client),
      (error: unknown) => {
        root.querySelector('#join-error')!.textContent = `Could not join: ${String(error)}`;
      },
    );
  });
}

function play(root: HTMLElement, client: RemoteClient): void {
  let options: readonly IntentInput[] = [];
  let message = '';
  const render = () => {
    const view = client.view();
    const room = client.roomState();
    const seat = client.viewer();
    const speaker = client.isSpeaker();
    options = client.legalActions();
    const mates = room?.members.filter((member) => member.seat === seat) ?? [];
    const speakerName = mates.find((member) => member.speaker)?.name ?? 'nobody yet';
    root.innerHTML = `<h1>PAROS · <span data-testid="seat">${escapeHtml(String(seat))}</span></h1>
<p data-testid="turn">${escapeHtml(view.calendar[view.turn]?.label ?? '')} · ${escapeHtml(view.date)} · ${room ? formatClock(room.clock.remainingMs, room.clock.paused) : ''}${room?.ended ? ' · the session is over' : ''}</p>
<p data-testid="speaker">${speaker ? 'You speak for your delegation.' : `${escapeHtml(speakerName)} speaks for your delegation; your choices are proposals.`}</p>
<p role="status" data-testid="message">${escapeHtml(message)}</p>
<h2>${speaker ? 'Act' : 'Propose'}</h2>
<ul data-testid="actions">${options.map((intent, index) => `<li><button data-action="${index}">${escapeHtml(intentLabel(intent))}</button></li>`).join('')}</ul>
<h2>Proposals</h2>
<ul data-testid="proposals">${client
      .proposals()
      .map(
        (proposal) =>
          `<li>${escapeHtml(proposal.name)}: ${escapeHtml(intentLabel(proposal.intent))}${speaker ? ` <button data-proposal="${escapeHtml(proposal.id)}">Send</button>` : ''}</li>`,
      )
      .join('')}</ul>
${speaker ? '<button id="ready">We are done this turn</button>' : ''}
<h2>Record</h2>
<ol data-testid="record">${view.record
      .slice(-30)
      .map((entry) => `<li>${escapeHtml(entry.date)} · ${escapeHtml(entry.summary)}</li>`)
      .join('')}</ol>`;
  };
  const answer = (done: Promise<{ ok: boolean; error?: { message: string } }>) => {
    void done.then((result) => {
      message = result.ok ? '' : (result.error?.message ?? 'refused');
      render();
    });
  };
  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const action = target.dataset.action;
    if (action !== undefined) {
      const intent = options[Number(action)];
      if (intent) answer(client.isSpeaker() ? client.send(intent) : client.propose(intent));
    }
    const proposal = target.dataset.proposal;
    if (proposal !== undefined) answer(client.command('proposal.send', { proposal }));
    if (target.id === 'ready') answer(client.command('ready', { ready: true }));
  });
  client.subscribe(render);
  client.onRoomChange(render);
  render();
}
