/**
 * `npm run package`: one archive of the built site for networks without it: every page, the search
 * index, catalog.json and codes.csv, with a note on serving it locally.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isPresent } from '../src/node/fs.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

const ARCHIVE = 'im-error-codes-site.tar.gz';
const FOLDER = 'im-error-codes';
const WHAT_IT_IS = '这是整个网站（全部错误码页面、本地搜索、catalog.json 和 codes.csv）。';
const makeReadme = (base: string) => `IM 错误码目录 — 离线版

${WHAT_IT_IS}浏览器直接打开 HTML 文件时搜索无法工作，
请用任意静态文件服务器在本机提供这个文件夹，例如：

  cd ${FOLDER}
  python3 -m http.server 8000        （或 npx serve .）

然后在浏览器中打开 http://localhost:8000${base}
${base === '/' ? '' : `（此版本构建在子路径 ${base} 下：请把文件夹内容放在服务器的 ${base} 目录中。）\n`}
- catalog.json：全部系统、分类和错误码（JSON）
- codes.csv：每行一个错误码（UTF-8，可用 Excel 打开）
`;

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { outDir, base } = getSiteConfig(env);
  if (!(await isPresent(join(outDir, 'index.html')))) {
    console.error(`No built site in ${outDir}/: run \`npm run build\` first (npm run package does).`);
    return 1;
  }
  const staging = await mkdtemp(join(tmpdir(), 'im-error-codes-'));
  try {
    await cp(outDir, join(staging, FOLDER), { recursive: true });
    await writeFile(join(staging, FOLDER, 'README.txt'), makeReadme(base));
    execFileSync('tar', ['-czf', resolve(ARCHIVE), '-C', staging, FOLDER]);
    const { size } = await stat(ARCHIVE);
    console.log(
      `Wrote ${ARCHIVE} (${(size / 1024 / 1024).toFixed(1)} MB): the site from ${outDir}/, catalog.json, codes.csv and README.txt.`,
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return 0;
}

if (import.meta.main) await runMain(main);
