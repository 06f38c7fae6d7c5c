/**
 * Built pages read without a browser, parsed as a browser parses them (parse5 follows the HTML
 * standard): attribute values and text come back with their entities decoded.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;

/** Every element of the document in document order, the contents of `<template>` included. */
export function getElements(html: string): Element[] {
  const elements: Element[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      elements.push(child);
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  visit(parse(html));
  return elements;
}

export function getAttribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function hasClass(element: Element, className: string): boolean {
  return (getAttribute(element, 'class') ?? '').split(/\s+/).includes(className);
}

/** An element's text as a reader sees it in a block of normal `white-space`: runs of white space shown as one space. */
export function getShownText(element: Element): string {
  const texts: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') texts.push((child as DefaultTreeAdapterTypes.TextNode).value);
      else if ('childNodes' in child) visit(child);
    }
  };
  visit(element);
  return collapseWhiteSpace(texts.join(''));
}

export function collapseWhiteSpace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}
