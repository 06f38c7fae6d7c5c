/** Starts `astro preview` for a built site and stops it when done; shared by the benchmarks. */
import { spawn } from 'node:child_process';

export async function withPreview<T>(
  options: { port: number; env?: Record<string, string>; base?: string },
  run: (url: string) => Promise<T>,
): Promise<T> {
  const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(options.port)], {
    env: { ...process.env, ...options.env },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${options.port}${options.base ?? '/'}`;
  try {
    for (let attempt = 0; ; attempt++) {
      if (
        await fetch(url).then(
          (response) => response.ok,
          () => false,
        )
      )
        break;
      if (attempt > 120) throw new Error(`astro preview did not answer at ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await run(url);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}
