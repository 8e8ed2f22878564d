type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

/** Creates an element; `true` sets a boolean attribute, false/undefined leaves it out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'value' && 'value' in element) (element as HTMLInputElement).value = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export function svg(tag: string, attributes: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

export function mount(root: HTMLElement, nodes: Node[]): void {
  root.replaceChildren(...nodes);
}

/**
 * Text someone else wrote (a customer's message, name or subject, a colleague's note): isolated
 * for bidi, so a right-to-left override in it cannot reorder the console's words around it, and
 * free to break anywhere (in CSS), so a long unbroken string cannot push the page sideways.
 */
export function said(text: string): HTMLElement {
  return h('bdi', { class: 'said' }, text);
}
