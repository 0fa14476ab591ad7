import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only with vitest globals, which we leave off.
afterEach(() => cleanup());
