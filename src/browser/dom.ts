/**
 * The one way page scripts build elements. Children go in as text nodes or nodes, never as HTML, so
 * nothing typed, pasted or read from the URL becomes markup.
 */
export function makeElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Record<string, string> = {},
  children: readonly (string | Node)[] = [],
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
