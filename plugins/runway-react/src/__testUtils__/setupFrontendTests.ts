// The test setup every Runway frontend package shares: each package's src/setupTests.ts
// imports it as `@runway/runway-react/testing`.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Two shared CPU cores and a full jest run beside: give renders room before calling a
// wait a failure (5 s was seen to be too short for the security tab under that load).
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

/**
 * jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one to mount. Opt-in,
 * because a stub that never reports changes how React Aria (under @backstage/ui) places
 * dialogs and popovers.
 */
export function stubResizeObserver() {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (globalThis as any).ResizeObserver ??= ResizeObserverStub;
}

export {
  clientFromApiExtension,
  missingExtensions,
  kindsAccepted,
  testEntities,
} from './extensionTesting';
