/**
 * A synthetic catalog of any size for the benchmarks: systems and domains spread like the real ones,
 * Chinese messages of realistic length, some handling, notes and catch-all notes. Deterministic: the
 * same size always gives the same files.
 */
import { stringify } from 'yaml';
import type { CatalogFile } from '../../src/catalog/model.ts';
import { ACTORS, RETRY_ADVICE, type CodeInput, type DomainInput, type SystemInput } from '../../src/catalog/schema.ts';

const SUBJECTS = [
  '群组',
  '用户',
  '好友',
  '消息',
  '会话',
  '资料',
  '帐号',
  '票据',
  '文件',
  '频道',
  '聊天室',
  '回调',
  '请求包',
  '签名',
  '管理员',
];
const PROBLEMS = [
  '不存在',
  '已被解散',
  '解析失败',
  '超过限制',
  '权限不足',
  '参数非法',
  '已过期',
  '校验失败',
  '操作超时',
  '格式错误',
  '数量过多',
  '被禁止',
];
const ADVICE = [
  '请检查请求参数后重试',
  '请再次尝试或联系技术客服',
  '请确认帐号已导入',
  '请降低请求频率',
  '请参考接口文档核对字段',
  '请稍后重试',
];
const DOMAIN_NAMES = [
  'SDK',
  '群组系统',
  '资料系统',
  '关系链系统',
  '帐号系统',
  '单发消息',
  '开放消息',
  '资源文件',
  '公共错误',
  'REST API',
  '推送',
  '直播间',
];

/** mulberry32: small, fast and seeded, so every run makes the same catalog. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  { id: 'auth', name: '认证与签名', description: '凭证无效或过期。' },
  { id: 'not-found', name: '对象不存在', description: '引用的对象不存在。' },
  { id: 'invalid-request', name: '请求参数无效', description: '请求本身有误。' },
  { id: 'limit-exceeded', name: '数量或大小超限', description: '超过数量或大小上限。' },
  { id: 'server-internal', name: '服务端内部错误', description: '服务端内部故障。' },
];
const RETRY = Object.keys(RETRY_ADVICE) as (keyof typeof RETRY_ADVICE)[];
const ACTOR = Object.keys(ACTORS) as (keyof typeof ACTORS)[];

/** How many systems, and domains in each: the same at every size, so that what changes with N is only the number of codes. */
export interface CatalogShape {
  systems: number;
  domains: number;
}

/** Three systems of ten domains, like the real catalog; `{ systems: 10, domains: 20 }` is the many-systems shape. */
export const DEFAULT_SHAPE: CatalogShape = { systems: 3, domains: 10 };

/** A domain's name: the usual ones first, numbered once a system has more domains than names. */
const getDomainName = (index: number) =>
  index < DOMAIN_NAMES.length ? `${DOMAIN_NAMES[index]}错误码` : `${DOMAIN_NAMES[index % DOMAIN_NAMES.length]}错误码 ${index + 1}`;

export function makeSyntheticCatalog(codeCount: number, shape: CatalogShape = DEFAULT_SHAPE): CatalogFile[] {
  const random = makeRandom(codeCount);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const systemCount = shape.systems;
  const files: CatalogFile[] = [{ path: 'content/catalog/categories.yaml', text: stringify({ categories: CATEGORIES }) }];
  let remaining = codeCount;
  for (let systemIndex = 0; systemIndex < systemCount; systemIndex++) {
    const systemId = `system-${systemIndex + 1}`;
    const system: SystemInput = {
      id: systemId,
      name: `示例 IM ${systemIndex + 1}`,
      nameEn: `Example IM ${systemIndex + 1}`,
      order: systemIndex + 1,
      hints: [`example${systemIndex + 1}`],
      sources: [
        { id: 'doc', title: '错误码', url: `https://example.com/${systemId}/error-codes`, file: `${systemId}.md`, read: '2024-01-01' },
      ],
    };
    files.push({ path: `content/catalog/${systemId}/system.yaml`, text: stringify(system) });
    const systemCodes = systemIndex === systemCount - 1 ? remaining : Math.floor(codeCount / systemCount);
    remaining -= systemCodes;
    const domainCount = shape.domains;
    // Uneven like the real catalog: some domains hold many more codes than others.
    const weights = Array.from({ length: domainCount }, () => 0.2 + random() * 2);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let left = systemCodes;
    weights.forEach((weight, domainIndex) => {
      const count =
        domainIndex === domainCount - 1
          ? left
          : Math.max(1, Math.min(left - (domainCount - domainIndex - 1), Math.round((systemCodes * weight) / total)));
      left -= count;
      const start = (domainIndex + 1) * 10_000 + systemIndex * 100_000;
      const codes: CodeInput[] = Array.from({ length: count }, (_, index) => {
        const subject = pick(SUBJECTS);
        const message = `${subject}${pick(PROBLEMS)}，${pick(SUBJECTS)}${pick(PROBLEMS)}时返回此错误，${pick(ADVICE)}。`;
        const judgement = { category: pick(CATEGORIES).id, retry: pick(RETRY), actor: pick(ACTOR) };
        const code = String(start + index);
        if (random() < 0.3) {
          const handling = `${pick(ADVICE)}；如仍失败，请提供${subject}ID 和请求时间。`;
          return { code, message, handling, ...judgement };
        }
        // The code in the text keeps every advice distinct, and "no" never beside a retry (the lint rules).
        const next = judgement.retry === 'no' ? '不要重复同一请求' : pick(ADVICE);
        const advice = `先核对${subject}的标识和状态，${next}；记录请求时间、${subject}ID 和错误码 ${code}。`;
        return { code, message, ...judgement, advice };
      });
      const domain: DomainInput = {
        id: `domain-${domainIndex + 1}`,
        system: systemId,
        name: getDomainName(domainIndex),
        order: domainIndex + 1,
        notes: random() < 0.5 ? [`本分类的错误码既可能由客户端返回，也可能由服务端接口返回。`] : [],
        ...(random() < 0.3 ? { otherCodes: '内部错误，请重试，如多次重试不成功，请联系技术支持。' } : {}),
        codes,
      };
      files.push({ path: `content/catalog/${systemId}/domain-${domainIndex + 1}.yaml`, text: stringify(domain, { lineWidth: 0 }) });
    });
  }
  return files;
}
