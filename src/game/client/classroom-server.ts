/** Where the classroom server answers on the page's own host (src/server serves it). */
export const CLASSROOM_HEALTH_PATH = 'api/health';

/**
 * Whether the page was opened from the classroom server: it answers GET api/health with
 * JSON `{ "ok": true }`. Any other answer (a static host, a file, vite preview) means no.
 * Only the page's own origin is ever asked.
 */
export async function classroomServerAnswers(): Promise<boolean> {
  try {
    const response = await fetch(new URL(CLASSROOM_HEALTH_PATH, document.baseURI), {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { ok?: unknown };
    return body.ok === true;
  } catch {
    return false;
  }
}
