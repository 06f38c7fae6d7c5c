/**
 * Pure: the two source documents → the catalog's YAML files. Used once to create the catalog and
 * kept so the import can be repeated into a scratch directory and compared.
 */
import { stringify } from 'yaml';
import type { CatalogFile } from '../catalog/model.ts';
import type { CodeInput, DomainInput, SystemInput } from '../catalog/schema.ts';
import { parseTencent } from './parse-tencent.ts';
import { parseWildfirechat } from './parse-wildfirechat.ts';
import { isCodeNumber, type SourceRow } from './source-row.ts';

export const SOURCE_FILES = {
  wildfirechat: 'wildfirechat-error-codes.md',
  tencent: 'tencent-im-error-codes-legacy.html',
} as const;

/** The Tencent page's headings and the domain ids they become. */
export const TENCENT_DOMAINS: Record<string, string> = {
  SDK错误码: 'sdk',
  资源文件操作错误码: 'resource-file',
  公共错误码: 'common',
  'REST API公共错误码': 'rest-api',
  单发消息: 'c2c-message',
  群组系统: 'group',
  资料系统: 'profile',
  关系链系统: 'relationship',
  帐号系统: 'account',
  开放消息: 'open-message',
};

/** The row that stands for every code of its domain that the page does not list. */
export const CATCH_ALL_CODE = '其他错误';

export const WILDFIRECHAT_DOMAIN = 'general';

type ImportedCode = Omit<CodeInput, 'category' | 'retry' | 'actor'>;
type ImportedDomain = Omit<DomainInput, 'codes'> & { codes: ImportedCode[] };

const SEED_READ = '收录于本目录的存档副本（content/sources/）';

const SYSTEMS: SystemInput[] = [
  {
    id: 'wildfirechat',
    name: '野火IM',
    nameEn: 'WildfireChat',
    order: 1,
    sources: [
      {
        id: 'error-code-doc',
        title: 'code状态码',
        url: 'https://docs.wildfirechat.cn/server/error_code.html',
        file: SOURCE_FILES.wildfirechat,
        read: SEED_READ,
      },
    ],
  },
  {
    id: 'tencent-im',
    name: '腾讯云 IM',
    nameEn: 'Tencent Cloud IM',
    order: 2,
    sources: [
      {
        id: 'legacy-doc',
        title: '错误码（旧版「云通信」文档）',
        url: 'https://cloud.tencent.com/document/product/269/1671',
        file: SOURCE_FILES.tencent,
        read: SEED_READ,
      },
    ],
  },
];

export function importSources(sources: { wildfirechat: string; tencent: string }): CatalogFile[] {
  const wildfirechat = parseWildfirechat(sources.wildfirechat);
  const tencent = parseTencent(sources.tencent);
  const domains: ImportedDomain[] = [
    {
      id: WILDFIRECHAT_DOMAIN,
      system: 'wildfirechat',
      name: '通用状态码',
      order: 1,
      notes: wildfirechat.notes,
      codes: wildfirechat.rows.map(toCode),
    },
    ...tencent.sections.map((section, index): ImportedDomain => {
      const id = TENCENT_DOMAINS[section];
      if (!id) throw new Error(`Tencent source: heading "${section}" has no domain id; add it to TENCENT_DOMAINS`);
      const rows = tencent.rows.filter((row) => row.section === section);
      const catchAll = rows.find((row) => !isCodeNumber(row.code));
      return {
        id,
        system: 'tencent-im',
        name: section,
        order: index + 1,
        ...(catchAll ? { otherCodes: catchAll.message } : {}),
        codes: rows.filter((row) => row !== catchAll).map(toCode),
      };
    }),
  ];
  return [
    ...SYSTEMS.map((system) => ({ path: `content/catalog/${system.id}/system.yaml`, text: toYaml(system) })),
    ...domains.map((domain) => ({ path: `content/catalog/${domain.system}/${domain.id}.yaml`, text: toYaml(domain) })),
  ];
}

/** A source row as a code; the catalog's judgements (category, retry, actor) are added by hand after import. */
function toCode(row: SourceRow): ImportedCode {
  return {
    code: row.code,
    message: row.message,
    ...(row.handling ? { handling: row.handling } : {}),
    ...(row.links.length > 0 ? { links: row.links } : {}),
  };
}

function toYaml(value: object): string {
  return stringify(value, { lineWidth: 0 });
}
