import { button, field, h } from '../dom';
import type { Shell } from '../shell';
import { menuPanel } from './menu-panel';

/**
 * The host and join forms. The room itself lives on the classroom server (src/server); when
 * this page was opened without it, the form says so and how to start it, instead of offering a
 * button that cannot work.
 */
export function classroomScreen(shell: Shell): HTMLElement {
  const { t } = shell;
  const host = shell.classroomKind === 'host';
  const status = h(
    'p',
    { class: 'form-problem', role: 'status', 'data-testid': 'classroom-status' },
    t('classroom.checking'),
  );
  const submit = button(t(host ? 'classroom.create' : 'classroom.join'), () => undefined, {
    class: 'primary',
    'data-testid': 'classroom-submit',
    disabled: true,
  });
  submit.type = 'submit';
  const fields = host
    ? [
        field(
          t('classroom.teacherName'),
          h('input', { name: 'name', autocomplete: 'name', maxlength: 40 }),
        ),
      ]
    : [
        field(
          t('classroom.roomCode'),
          h('input', {
            name: 'code',
            autocomplete: 'off',
            maxlength: 12,
            'data-testid': 'room-code',
            inputmode: 'text',
          }),
        ),
        field(
          t('classroom.yourName'),
          h('input', { name: 'name', autocomplete: 'name', maxlength: 40 }),
        ),
      ];
  const form = h(
    'form',
    { class: 'setup-form' },
    ...fields,
    status,
    h('div', { class: 'form-actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = t('classroom.opening');
    // The rooms live on the classroom pages the server serves at /classroom: the teacher's
    // console creates the session; a student's page joins with the code.
    const code = new FormData(form).get('code');
    const query = host
      ? '?role=teacher'
      : `?code=${encodeURIComponent(typeof code === 'string' ? code.trim().toUpperCase() : '')}`;
    window.location.assign(`./classroom${query}`);
  });
  void shell.services.classroomServer().then((available) => {
    status.textContent = available ? '' : t('classroom.unavailable');
    status.dataset.available = String(available);
    submit.disabled = !available;
    for (const input of form.querySelectorAll('input')) input.disabled = !available;
  });
  return menuPanel(
    shell,
    {
      testId: 'classroom-screen',
      heading: t(host ? 'classroom.hostHeading' : 'classroom.joinHeading'),
      back: () => shell.go('mode'),
    },
    form,
  );
}
