import type { SeatId } from '../../engine/index';
import { SEATS } from '../../engine/index';
import type { RequestResult } from '../client/remote-client';
import { RemoteClient } from '../client/remote-client';
import { escapeHtml, formatClock, serverEndpoint } from './page-tools';

interface ScenarioChoice {
  readonly id: string;
  readonly title: string;
}

/**
 * The teacher's console: create a session (scenario, seats for the computer, time per turn),
 * then run it: the room code to show the class, every delegation's view, the clock, the seats
 * and students, private instructions, events, the end of the game and the debrief.
 */
export async function mountTeacherConsole(root: HTMLElement): Promise<void> {
  const scenarios = (await (await fetch('/api/scenarios')).json()) as ScenarioChoice[];
  root.innerHTML = `<h1>PAROS: host a class</h1>
<form id="create-form">
  <label>Scenario <select id="create-scenario">${scenarios.map((scenario) => `<option value="${escapeHtml(scenario.id)}">${escapeHtml(scenario.title)}</option>`).join('')}</select></label>
  <fieldset><legend>Delegations the computer leads</legend>${SEATS.map((seat) => `<label><input type="checkbox" name="bot" value="${seat}"> ${seat}</label>`).join(' ')}</fieldset>
  <label>Minutes per turn (empty: no limit) <input id="create-minutes" type="number" min="1" max="180"></label>
  <button id="create" type="submit">Create the session</button>
  <p id="create-error" role="alert"></p>
</form>`;
  root.querySelector('#create-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const minutes = Number(root.querySelector<HTMLInputElement>('#create-minutes')!.value);
    const settings = {
      scenario: root.querySelector<HTMLSelectElement>('#create-scenario')!.value,
      botSeats: [...root.querySelectorAll<HTMLInputElement>('input[name=bot]:checked')].map(
        (box) => box.value,
      ),
      turnSeconds: minutes > 0 ? minutes * 60 : null,
    };
    void createAndRun(root, settings);
  });
}

async function createAndRun(root: HTMLElement, settings: object): Promise<void> {
  const response = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  const body = (await response.json()) as { code?: string; teacherKey?: string; error?: string };
  if (!body.code || !body.teacherKey) {
    root.querySelector('#create-error')!.textContent = body.error ?? 'the session was not created';
    return;
  }
  window.localStorage.setItem(`paros.teacher.${body.code}`, body.teacherKey);
  await runConsole(root, body.code, body.teacherKey);
}

export async function runConsole(
  root: HTMLElement,
  code: string,
  teacherKey: string,
): Promise<void> {
  const client = await RemoteClient.connect({
    endpoint: serverEndpoint(),
    code,
    join: { role: 'host', teacherKey },
  });
  let message = '';
  const answer = (done: Promise<RequestResult>) => {
    void done.then((result) => {
      message = result.ok ? '' : result.error.message;
      render();
    });
  };
  const render = () => {
    const view = client.view();
    const room = client.roomState();
    if (!room) return;
    const debrief = `/api/sessions/${code}/debrief`;
    const key = encodeURIComponent(teacherKey);
    root.innerHTML = `<h1>PAROS · room code <strong data-testid="code">${escapeHtml(code)}</strong></h1>
<p>Students open <code>${escapeHtml(window.location.origin)}/classroom</code> and type the code. Projector: <a href="?role=projector&code=${escapeHtml(code)}" target="_blank">open the chamber</a>.</p>
<p data-testid="turn">${escapeHtml(view.calendar[view.turn]?.label ?? '')} · ${escapeHtml(view.date)} · <span data-testid="clock">${formatClock(room.clock.remainingMs, room.clock.paused)}</span>${room.ended ? ' · <strong>the session is over</strong>' : ''}</p>
<p role="status" data-testid="message">${escapeHtml(message)}</p>
<p>
  <button id="pause">${room.clock.paused ? 'Resume' : 'Pause'}</button>
  <button id="extend">+2 minutes</button>
  <button id="end-turn">End the turn</button>
  <button id="end-game">End the game</button>
  <a href="${debrief}.html?key=${key}" target="_blank">Debrief</a> · <a href="${debrief}.json?key=${key}">JSON</a>
</p>
<table data-testid="seats"><tr><th>Delegation</th><th>Led by</th><th>Capital</th><th>Ready</th><th>Students</th></tr>
${SEATS.map((seat) => {
  const status = room.seats[seat];
  const students = room.members
    .filter((member) => member.seat === seat)
    .map(
      (member) =>
        `<span data-member="${escapeHtml(member.id)}">${escapeHtml(member.name)}${member.speaker ? ' (speaker)' : ''}${member.connected ? '' : ' (away)'}
        <select data-move="${escapeHtml(member.id)}"><option value="">move to…</option>${SEATS.filter(
          (other) => other !== seat,
        )
          .map((other) => `<option>${other}</option>`)
          .join('')}</select>
        ${member.speaker ? '' : `<button data-speaker="${escapeHtml(member.id)}">make speaker</button>`}</span>`,
    )
    .join('<br>');
  return `<tr data-seat="${seat}"><td>${seat}</td><td>${status.controller === 'bot' ? 'computer' : 'students'} <button data-controller="${seat}">${status.controller === 'bot' ? 'give to students' : 'give to computer'}</button></td><td>${view.seats[seat].capital}</td><td>${status.ready ? 'ready' : ''}</td><td>${students}</td></tr>`;
}).join('')}
</table>
<form id="instruction-form"><select id="instruction-seat">${SEATS.map((seat) => `<option>${seat}</option>`).join('')}</select>
<input id="instruction-text" placeholder="A private instruction from capital" maxlength="4000"><button type="submit">Send</button></form>
<h2>Events still to come</h2>
<ul>${view.events
      .filter((event) => !view.firedEvents.includes(event.id))
      .map(
        (event) =>
          `<li>${escapeHtml(event.date)} · ${escapeHtml(event.title)} <button data-event="${escapeHtml(event.id)}">bring forward</button></li>`,
      )
      .join('')}</ul>
<h2>Record (everything, with private lines)</h2>
<ol data-testid="record">${view.record
      .slice(-40)
      .map(
        (entry) =>
          `<li>${escapeHtml(entry.date)} · ${escapeHtml(entry.actor)} · ${escapeHtml(entry.summary)}${entry.visibleTo === 'all' ? '' : ' <em>(private)</em>'}</li>`,
      )
      .join('')}</ol>`;
  };
  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const room = client.roomState();
    if (target.id === 'pause')
      answer(client.command(room?.clock.paused ? 'host.resume' : 'host.pause', {}));
    if (target.id === 'extend') answer(client.command('host.extend', { seconds: 120 }));
    if (target.id === 'end-turn') answer(client.command('host.endTurn', {}));
    if (target.id === 'end-game' && window.confirm('End the game for everyone?')) {
      answer(client.command('host.endGame', {}));
    }
    const seat = target.dataset.controller as SeatId | undefined;
    if (seat && room) {
      const controller = room.seats[seat].controller === 'bot' ? 'human' : 'bot';
      answer(client.command('host.controller', { seat, controller }));
    }
    if (target.dataset.speaker)
      answer(client.command('host.speaker', { member: target.dataset.speaker }));
    if (target.dataset.event) answer(client.command('host.event', { event: target.dataset.event }));
  });
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.dataset.move && target.value) {
      answer(
        client.command('host.move', { member: target.dataset.move, seat: target.value as SeatId }),
      );
    }
  });
  root.addEventListener('submit', (event) => {
    event.preventDefault();
    const seat = root.querySelector<HTMLSelectElement>('#instruction-seat')!.value as SeatId;
    const text = root.querySelector<HTMLInputElement>('#instruction-text')!.value.trim();
    if (text) answer(client.command('host.instruction', { seat, text }));
  });
  client.subscribe(render);
  client.onRoomChange(render);
  render();
}
