/** Parses one catalog YAML file, keeping enough of the syntax tree to point at any value in it. */
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { makeProblem, type Position, type Problem } from './problems.ts';

export type PathSegment = string | number;

export interface YamlFile {
  file: string;
  data: unknown;
  /** Where the value at `path` starts; with `key: true`, where its key starts (for map entries). */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Position;
  /** Whether the file has a value at `path`. */
  has(path: readonly PathSegment[]): boolean;
}

export function parseYamlFile(file: string, text: string): { yaml?: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) =>
        makeProblem(
          positionOf(error.pos[0]),
          `invalid YAML: ${firstLine(error.message)}`,
          error.code === 'DUPLICATE_KEY'
            ? 'each field may appear once per entry; remove or rename the repeated one'
            : 'check indentation and quoting around this place; values containing ": " or starting with special characters need quotes',
        ),
      ),
    };
  }
  const unsupported = findUnsupported(document).map(({ node, what }) =>
    makeProblem(
      positionOf(node.range?.[0] ?? 0),
      `${what} are not allowed in the catalog`,
      'write the value out in full; the catalog uses plain YAML: mappings, lists and text',
    ),
  );
  if (unsupported.length > 0) return { problems: unsupported };
  const locate: YamlFile['locate'] = (path, options = {}) => {
    const node = findNode(document, path, options.key === true);
    return positionOf(node?.range?.[0] ?? 0);
  };
  return {
    yaml: {
      file,
      data: document.toJS(),
      locate,
      has: (path) => document.hasIn(path),
    },
    problems: [],
  };
}

/** The deepest node that exists along `path`, so a missing field points at its parent entry. */
function findNode(document: Document, path: readonly PathSegment[], wantKey: boolean): Node | undefined {
  let node: unknown = document.contents;
  let found = node as Node | undefined;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return found;
      if (isLast && wantKey) return pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return found;
    }
    if (node && typeof node === 'object' && 'range' in node) found = node as Node;
    else return found;
  }
  return found;
}

/**
 * Constructs a hand-edited catalog never needs and that would otherwise crash or mislead the loader:
 * an alias to a missing anchor throws, nested aliases can expand exponentially, a tag such as
 * `!!binary` turns text into bytes, and a list used as a key is silently turned into text.
 */
function findUnsupported(document: Document): { node: Node; what: string }[] {
  const found: { node: Node; what: string }[] = [];
  visit(document, {
    Alias: (_, node) => void found.push({ node, what: `aliases (*${node.source})` }),
    Pair: (_, pair) => {
      if (isCollection(pair.key)) found.push({ node: pair.key, what: 'lists or mappings as keys' });
    },
    Node: (_, node) => {
      if (node.anchor) found.push({ node, what: `anchors (&${node.anchor})` });
      if (node.tag) found.push({ node, what: `tags (${node.tag})` });
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
