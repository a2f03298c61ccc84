import { RemoteClient } from '../client/remote-client';
import { escapeHtml, formatClock, serverEndpoint } from './page-tools';

/** The chamber on the projector: the public view only, never a delegation's secrets. */
export async function mountProjector(root: HTMLElement, code: string): Promise<void> {
  const client = await RemoteClient.connect({
    endpoint: serverEndpoint(),
    code,
    join: { role: 'public' },
  });
  const render = () => {
    const view = client.view();
    const room = client.roomState();
    root.innerHTML = `<h1>PAROS · room ${escapeHtml(code)}</h1>
<p data-testid="turn">${escapeHtml(view.calendar[view.turn]?.label ?? '')} · ${escapeHtml(view.date)} · ${room ? formatClock(room.clock.remainingMs, room.clock.paused) : ''} · tension ${view.tension} · debris ${view.debris}</p>
<ol data-testid="record">${view.record
      .slice(-40)
      .map((entry) => `<li>${escapeHtml(entry.date)} · ${escapeHtml(entry.summary)}</li>`)
      .join('')}</ol>`;
  };
  client.subscribe(render);
  client.onRoomChange(render);
  render();
}
