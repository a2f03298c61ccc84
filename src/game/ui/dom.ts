type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | EventListener>;

/**
 * Builds an element: `on…` attributes become listeners, `true` sets an attribute present,
 * `false`/`undefined` leaves it out. Text children are text nodes, never HTML.
 */
export function h<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[TTag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'value' && 'value' in element)
      (element as HTMLInputElement).value = String(value);
    else if (name === 'checked' && element instanceof HTMLInputElement)
      element.checked = value === true;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** A button that runs `action` on click (and so on Enter and Space). */
export function button(
  label: string,
  action: () => void,
  attributes: Attributes = {},
): HTMLButtonElement {
  return h('button', { type: 'button', ...attributes, onclick: () => action() }, label);
}

/** A labelled form field: the label wraps the control, so screen readers name it. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  return h(
    'label',
    { class: 'field' },
    h('span', { class: 'field-label' }, label),
    control,
    hint ? h('small', {}, hint) : null,
  );
}

export function select(
  name: string,
  options: readonly { value: string; label: string }[],
  selected: string,
  attributes: Attributes = {},
): HTMLSelectElement {
  const element = h('select', { name, ...attributes });
  for (const option of options)
    element.add(new Option(option.label, option.value, false, option.value === selected));
  return element;
}
