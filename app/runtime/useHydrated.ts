import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and during hydration (React then uses the server snapshot), true on every later
 * client render. Components that can only exist in a browser, such as the widgets, render the same
 * placeholder as the prerendered HTML until this turns true, so hydration matches the HTML exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
