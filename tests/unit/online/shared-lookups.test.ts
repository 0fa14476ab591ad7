/** Overlapping lookups of one name share one trip to the network, and stop only when every tab has gone. */
import { describe, expect, it } from 'vitest';
import { shareLookups } from '../../../lib/online/shared-lookups';
import { TabSignals } from '../../../lib/online/tab-signals';
import { createWikimediaClient, type FetchLike, type ResponseLike } from '../../../lib/online/wikimedia-client';
import { fakeClock, fakeNetwork, reply, wikimediaRoute } from '../../helpers/fake-wikimedia';

/** Turns of the event loop until the condition holds, bounded so a broken test fails instead of hanging. */
async function until(condition: () => boolean) {
  for (let turn = 0; turn < 100 && !condition(); turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A network whose answers wait until released, aborting like a real fetch. */
function heldNetwork() {
  const held: (() => void)[] = [];
  const aborted: string[] = [];
  const fetch: FetchLike = (href, init) =>
    new Promise<ResponseLike>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => {
        aborted.push(href);
        reject(new DOMException('aborted', 'AbortError'));
      });
      held.push(() => resolve(reply(wikimediaRoute(new URL(href)) ?? { body: {} })));
    });
  return { fetch, held, aborted };
}

describe('shared lookups', () => {
  it('sends one set of requests for two tabs asking about one name in two spellings', async () => {
    const network = fakeNetwork();
    const clock = fakeClock();
    const client = createWikimediaClient({ ...clock, fetch: network.fetch, version: '1' });
    const look = shareLookups({ client, lang: 'en', now: clock.now });
    const tabs = new TabSignals();
    const [a, b] = await Promise.all([
      look('Maks Boqaev', 'PERSON', {}, tabs.signalFor(1)),
      look('Max Bokayev', 'PERSON', {}, tabs.signalFor(2)),
    ]);
    expect(a).toMatchObject({ kind: 'found', title: 'Max Bokayev' });
    expect(b).toEqual(a);
    expect(network.requests).toHaveLength(4);
  });

  it('keeps going for the tab still open when the other closes, and stops when both have', async () => {
    const { fetch, held, aborted } = heldNetwork();
    const clock = fakeClock();
    const look = shareLookups({
      client: createWikimediaClient({ ...clock, fetch, version: '1' }),
      lang: 'en',
      now: clock.now,
    });
    const tabs = new TabSignals();
    const first = look('Maks Boqaev', 'PERSON', {}, tabs.signalFor(1));
    const second = look('Maks Boqaev', 'PERSON', {}, tabs.signalFor(2));
    await until(() => held.length === 1);
    tabs.closeTab(1);
    expect(await first).toMatchObject({ kind: 'failed', reason: 'aborted' });
    expect(aborted).toEqual([]);
    tabs.closeTab(2);
    expect(await second).toMatchObject({ kind: 'failed', reason: 'aborted' });
    expect(aborted).toHaveLength(1);
    expect(held).toHaveLength(1);
  });
});
