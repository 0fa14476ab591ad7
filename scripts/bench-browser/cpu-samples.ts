/**
 * V8's sampling profiler, as the trace records it: which script was running at
 * each sample. A sample counts for a script when any frame of its stack comes
 * from that script's URL, so layout or style work that our code forced is ours
 * too, while the page's own parsing and layout, and any probe a test runs in
 * the page, are not.
 */

interface CallFrame {
  url?: string;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

export interface ProfileEvent {
  name: string;
  pid: number;
  id?: string;
  ts: number;
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface Sample {
  /** On the trace clock, in milliseconds. */
  at: number;
  /** Time until the next sample, at most MAX_SAMPLE_MS, in milliseconds. */
  ms: number;
  ours: boolean;
}

/** Longer gaps are time the thread sat idle or descheduled, not time spent in the sampled code. */
const MAX_SAMPLE_MS = 1;

/** The samples of one renderer process, each marked by whether a frame of its stack is from a URL under `ourPrefix`. */
export function samplesOf(events: ProfileEvent[], pid: number, ourPrefix: string): Sample[] {
  const profiles = events.filter((e) => e.pid === pid && e.name === 'Profile' && e.id !== undefined);
  const samples: Sample[] = [];
  for (const profile of profiles) {
    const nodes = new Map<number, ProfileNode>();
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const value =
        !!node &&
        ((node.callFrame.url ?? '').startsWith(ourPrefix) || (node.parent !== undefined && isOurs(node.parent)));
      ours.set(id, value);
      return value;
    };
    let clock = profile.args?.data?.startTime ?? profile.ts;
    const times: { at: number; node: number }[] = [];
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      ids.forEach((node, i) => {
        clock += deltas[i] ?? 0;
        times.push({ at: clock / 1000, node });
      });
    }
    times.forEach(({ at, node }, i) => {
      const next = times[i + 1]?.at ?? at;
      samples.push({ at, ms: Math.min(MAX_SAMPLE_MS, next - at), ours: isOurs(node) });
    });
  }
  return samples.sort((a, b) => a.at - b.at);
}
