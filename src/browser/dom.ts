/**
 * How page code builds elements: a tag, its attributes, its children. Children given as strings become
 * text nodes, so text from the catalog or the reader is never parsed as markup.
 */

/** `false` and `undefined` leave the attribute out; `true` sets it empty (`hidden`, `readonly`). */
type AttributeValue = string | number | boolean | undefined;

export function makeElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value !== undefined) element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}
