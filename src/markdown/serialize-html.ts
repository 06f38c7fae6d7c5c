/**
 * hast → HTML for the trees the generator builds (elements, text, doctype), with what hast-util-to-html
 * writes for them given `characterReferences: { useNamedReferences: true }`, byte for byte. It is a serializer
 * of its own because that library was half the generator's time (1.7 s of 3.0 s at 10,000 codes): it
 * resolves each attribute's schema and builds a character-reference regex per call. The unit test compares
 * the two on hostile text and every kind of attribute the pages use.
 */
import type { Element, Nodes, Properties } from 'hast';
import { find, html } from 'property-information';

/** HTML's void elements (html-void-elements, the list hast-util-to-html uses): no closing tag. */
const VOID_ELEMENTS = new Set(
  'area base basefont bgsound br col command embed frame hr image img input keygen link meta param source track wbr'.split(' '),
);
/** Elements whose text is raw: the browser reads no character references in it. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);

/** `'` and `` ` `` have no HTML 4 name, so they are written as hexadecimal references. */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' };
const TEXT_SPECIALS = /[&<]/g;
const ATTRIBUTE_SPECIALS = /["&'`]/g;
const escapeWith = (pattern: RegExp) => (value: string) => value.replace(pattern, (character) => REFERENCES[character]!);
const escapeText = escapeWith(TEXT_SPECIALS);
const escapeAttribute = escapeWith(ATTRIBUTE_SPECIALS);

interface AttributeInfo {
  name: string;
  boolean: boolean;
  /** On, off or a value (`hidden="until-found"`). */
  overloadedBoolean: boolean;
  commaSeparated: boolean;
}

/** A property's HTML attribute, looked up once per property name (the lookup normalises and allocates). */
const attributeInfos = new Map<string, AttributeInfo>();
function getAttributeInfo(property: string): AttributeInfo {
  let info = attributeInfos.get(property);
  if (!info) {
    const found = find(html, property);
    const { attribute: name, boolean, overloadedBoolean, commaSeparated } = found;
    info = { name, boolean, overloadedBoolean, commaSeparated };
    attributeInfos.set(property, info);
  }
  return info;
}

/** A boolean attribute given as a string is on as its own name ("hidden") and, unless it may hold a value, off as ''. */
function getShownValue(info: AttributeInfo, value: Properties[string]): Properties[string] {
  if (info.overloadedBoolean && (value === info.name || value === '')) return true;
  const isBoolean = info.boolean || info.overloadedBoolean;
  return isBoolean && (typeof value !== 'string' || value === info.name || value === '') ? Boolean(value) : value;
}

function serializeAttribute(property: string, value: Properties[string]): string {
  const info = getAttributeInfo(property);
  const shown = getShownValue(info, value);
  if (shown === null || shown === undefined || shown === false || (typeof shown === 'number' && Number.isNaN(shown))) return '';
  if (shown === true) return info.name;
  // Lists as comma-separated-tokens and space-separated-tokens write them (a trailing empty item kept).
  const items = Array.isArray(shown) && info.commaSeparated && shown.at(-1) === '' ? [...shown, ''] : shown;
  const text = Array.isArray(items) ? items.join(info.commaSeparated ? ', ' : ' ').trim() : String(items);
  return `${info.name}="${escapeAttribute(text)}"`;
}

function serializeElement(node: Element): string {
  let attributes = '';
  for (const property in node.properties) {
    const attribute = serializeAttribute(property, node.properties[property]);
    if (attribute) attributes += ` ${attribute}`;
  }
  const content = serializeChildren(node);
  const open = `<${node.tagName}${attributes}>`;
  return VOID_ELEMENTS.has(node.tagName) && content === '' ? open : `${open}${content}</${node.tagName}>`;
}

function serializeChildren(node: Element | Extract<Nodes, { type: 'root' }>): string {
  const raw = node.type === 'element' && RAW_TEXT_ELEMENTS.has(node.tagName);
  let result = '';
  for (const child of node.children) result += child.type === 'text' && raw ? child.value : serializeHtml(child);
  return result;
}

/**
 * Only what HTML needs is escaped (`<` and `&` in text; `"`, `&`, `'` and `` ` `` in attribute values), with
 * named references (`&lt;`, `&amp;`, `&quot;`) as the pages always had, so hostile text stays readable there.
 */
export function serializeHtml(node: Nodes): string {
  switch (node.type) {
    case 'root':
    case 'element':
      return node.type === 'root' ? serializeChildren(node) : serializeElement(node);
    case 'text':
      return escapeText(node.value);
    case 'doctype':
      return '<!doctype html>';
    default:
      throw new Error(`serializeHtml: ${node.type} nodes are not supported; pages are built of elements and text`);
  }
}
