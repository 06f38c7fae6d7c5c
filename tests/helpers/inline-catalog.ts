/** A one-system, one-domain catalog built from inline codes (any field of a code), for unit tests. */
import { stringify } from 'yaml';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import type { Catalog } from '../../src/catalog/model.ts';

type InlineCode = { code: string; message: string } & Record<string, unknown>;

export function makeInlineCatalog(system: string, domain: string, codes: InlineCode[]): Catalog {
  // Advice of its own per code: the rule generic-advice refuses filler and one text on many codes.
  const judged = codes.map((code) => ({
    category: 'server-internal',
    retry: 'backoff',
    actor: 'vendor',
    advice: `记下错误码 ${code.code} 出现的时间和接口。`,
    ...code,
  }));
  const { catalog, problems } = buildCatalog([
    {
      path: 'content/catalog/categories.yaml',
      text: stringify({ categories: [{ id: 'server-internal', name: '服务端内部错误', description: '服务端故障。' }] }),
    },
    {
      path: `content/catalog/${system}/system.yaml`,
      text: stringify({
        id: system,
        name: '系统',
        nameEn: 'System',
        order: 1,
        sources: [{ id: 'doc', title: 't', url: `https://example.com/${system}`, file: `${system}.md`, read: '2024-01-01' }],
      }),
    },
    {
      path: `content/catalog/${system}/${domain}.yaml`,
      text: stringify({ id: domain, system, name: '巨型分类', order: 1, codes: judged }),
    },
  ]);
  if (!catalog) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return catalog;
}
