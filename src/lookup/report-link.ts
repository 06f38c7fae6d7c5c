/** "报告这个错误码": a link to where the catalog's maintainers take reports, prefilled for the reader. */

export interface ReportDetails {
  code: string;
  /** The system's name, when the reader's context names one. */
  systemName?: string;
  /** The page the reader came from. */
  page: string;
}

/** The report URL with a title and body filled in (GitHub's new-issue form reads both). */
export function makeReportUrl(reportUrl: string, details: ReportDetails): string {
  const url = new URL(reportUrl);
  const system = details.systemName ? `（${details.systemName}）` : '';
  url.searchParams.set('title', `错误码 ${details.code}${system}不在目录中`);
  url.searchParams.set(
    'body',
    [
      `错误码：${details.code}`,
      `系统：${details.systemName ?? '未知'}`,
      `来自页面：${details.page}`,
      '',
      '在哪里看到的（日志、接口、SDK 版本）：',
      '',
    ].join('\n'),
  );
  return url.href;
}
