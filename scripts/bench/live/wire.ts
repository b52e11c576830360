// A loopback HTTP server around a fetch-style handler: every request waits the injected
// upstream latency, then is counted under the key the handler names (the bench reads
// these counts as "upstream calls", counted where they arrive).
import http from 'http';
import { AddressInfo } from 'net';

export type Counts = Record<string, number>;

export interface Answer {
  /** What the call counts as, e.g. `ecr DescribeImages`. */
  key: string;
  response: Response;
}

export interface WireServer {
  url: string;
  counts: Counts;
  close(): Promise<void>;
}

async function toRequest(req: http.IncomingMessage, base: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET');
  return new Request(new URL(req.url ?? '/', base), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

export async function serveWire(
  handler: (request: Request, base: string) => Promise<Answer>,
  latencyMs: number,
): Promise<WireServer> {
  const counts: Counts = {};
  let base = '';
  const server = http.createServer(async (req, res) => {
    try {
      const request = await toRequest(req, base);
      if (latencyMs > 0) await new Promise(r => setTimeout(r, latencyMs));
      const { key, response } = await handler(request, base);
      counts[key] = (counts[key] ?? 0) + 1;
      const body = Buffer.from(await response.arrayBuffer());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        // The body is re-sent whole and decoded (fetch decodes what it proxies).
        if (
          !['content-length', 'transfer-encoding', 'content-encoding'].includes(
            name,
          )
        )
          headers[name] = value;
      });
      res.writeHead(response.status, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`bench fake failed: ${(e as Error).message}`);
    }
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    counts,
    close: () =>
      new Promise<void>(r => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
