/**
 * Wikipedia and Wikidata, answered on this machine for Firefox. The lookups are fetched by the extension's
 * background page, whose requests WebDriver BiDi does not intercept (it sees the tabs' only), so Firefox is pointed
 * at this https proxy instead: it takes CONNECT for the Wikimedia hosts alone, ends TLS itself with a throwaway
 * self-signed certificate (which Firefox trusts while the file that uses this proxy borrows it), and answers from the fixtures through the
 * same stand-in the unit tests use. Every request is recorded, and every other host is refused and recorded. The
 * shipped code knows nothing of it: Firefox's own proxy settings route the requests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { type Route, wikimediaRoute } from '../../helpers/fake-wikimedia';
import type { Prefs } from './firefox-chrome';

const WIKIMEDIA_HOST = /^([a-z-]+\.wikipedia\.org|www\.wikidata\.org)$/;

export interface WikimediaProxy {
  /** about:config prefs that send Firefox's https traffic here. */
  prefs: Prefs;
  requests: { url: string; agent: string | undefined }[];
  /** Hosts Firefox asked for that are not Wikimedia's: refused. */
  refused: string[];
  close(): Promise<void>;
}

/** A certificate for the Wikimedia hosts, made for this run with openssl and thrown away after it. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-wikimedia-'));
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
        ...['-subj', '/CN=Backstory test Wikimedia'],
        ...['-addext', 'subjectAltName=DNS:*.wikipedia.org,DNS:www.wikidata.org'],
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(`the Firefox Wikimedia stand-in needs openssl (Debian: sudo apt-get install -y openssl): ${error}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startWikimediaProxy(route: Route = wikimediaRoute): Promise<WikimediaProxy> {
  const { key, cert } = throwawayCertificate();
  const requests: WikimediaProxy['requests'] = [];
  const refused: string[] = [];
  const wikimedia = http.createServer((request, response) => {
    const url = new URL(`https://${request.headers.host}${request.url}`);
    const agent = request.headers['api-user-agent'];
    requests.push({ url: url.href, agent: Array.isArray(agent) ? agent[0] : agent });
    const answer = route(url) ?? { status: 404, body: 'no route' };
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
    response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  });
  const proxy = http.createServer((_, response) => {
    response.writeHead(405);
    response.end();
  });
  proxy.on('connect', (request, socket) => {
    // A browser that hangs up mid-handshake is no failure of the test.
    socket.on('error', () => socket.destroy());
    const [host = '', port] = (request.url ?? '').split(':');
    if (!WIKIMEDIA_HOST.test(host) || port !== '443') {
      refused.push(host);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const secure = new tls.TLSSocket(socket, { isServer: true, key, cert });
    secure.on('error', () => secure.destroy());
    wikimedia.emit('connection', secure);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    prefs: { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port },
    requests,
    refused,
    close: async () => {
      proxy.closeAllConnections();
      wikimedia.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
