import { h } from './dom.ts';

interface ReasonFormOptions {
  /** Names the form's class (`<name>-form`), title (`<name>-title`) and reason field (`<name>-reason`). */
  name: string;
  title: string;
  /** The one value the form asks for, with the input's id and attributes. */
  value: { id: string; label: string; attributes: Record<string, string | boolean> };
  reasonLabel: string;
  submit: string;
  onSubmit: (value: string, reason: string | undefined) => void;
}

/** A titled form asking for one value and an optional reason: adding an identity, merging by hand. */
export function reasonForm({ name, title, value, reasonLabel, submit, onSubmit }: ReasonFormOptions): HTMLFormElement {
  const valueInput = h('input', { id: value.id, type: 'text', required: true, autocomplete: 'off', ...value.attributes });
  const reason = h('input', { id: `${name}-reason`, name: 'reason', type: 'text', maxlength: 500, autocomplete: 'off' });
  const form = h(
    'form',
    { class: `${name}-form`, 'aria-labelledby': `${name}-title` },
    h('h2', { id: `${name}-title` }, title),
    h('div', { class: 'field' }, h('label', { for: value.id }, value.label), valueInput),
    h('div', { class: 'field' }, h('label', { for: `${name}-reason` }, reasonLabel), reason),
    h('button', { type: 'submit', class: 'ghost' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(valueInput.value, reason.value.trim() || undefined);
  });
  return form;
}
