// The views share one window and one module graph per worker (isolate: false), so Testing Library's own cleanup,
// which it registers once when its module first loads, would run for the first file only: every file registers it.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(cleanup);
