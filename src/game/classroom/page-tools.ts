import type { IntentInput } from '../../engine/index';

/** Escapes text for innerHTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A short label for an intent button: its type and the fields that tell two apart. */
export function intentLabel(intent: IntentInput): string {
  const { type, actor: _actor, ...rest } = intent as IntentInput & Record<string, unknown>;
  const details = Object.entries(rest)
    .filter(([, value]) => typeof value !== 'object' || Array.isArray(value))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
  return details ? `${type} (${details.slice(0, 80)})` : type;
}

export function formatClock(remainingMs: number | null, paused: boolean): string {
  if (remainingMs === null) return paused ? 'paused' : 'no time limit';
  const seconds = Math.ceil(remainingMs / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return paused ? `${text} (paused)` : text;
}

/** The server this page came from: the same origin serves the page and the rooms. */
export function serverEndpoint(): string {
  return window.location.origin;
}

export function localTokens() {
  return {
    get: (code: string) => window.localStorage.getItem(`paros.classroom.${code}`),
    set: (code: string, token: string) =>
      window.localStorage.setItem(`paros.classroom.${code}`, token),
  };
}
