import { runConsole, mountTeacherConsole } from './teacher-console';
import { mountProjector } from './projector-page';
import { mountStudentPage } from './student-page';

/**
 * The classroom pages, chosen by the address: `?role=teacher` the console (with `&code=` it
 * reopens a session whose key this browser keeps), `?role=projector&code=…` the chamber for
 * the projector, anything else the student's join page (`?code=` fills the code in).
 */
const root = document.querySelector<HTMLElement>('#classroom')!;
const params = new URLSearchParams(window.location.search);
const code = (params.get('code') ?? '').toUpperCase();
const role = params.get('role');
const key = code ? window.localStorage.getItem(`paros.teacher.${code}`) : null;

if (role === 'teacher' && code && key) void runConsole(root, code, key);
else if (role === 'teacher') void mountTeacherConsole(root);
else if (role === 'projector' && code) void mountProjector(root, code);
else mountStudentPage(root, code);
