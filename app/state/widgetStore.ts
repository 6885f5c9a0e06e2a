/**
 * One zustand store per widget instance, holding only what the reader set (STYLE.md, convention 7).
 * On a standalone widget page the store mirrors itself into the address bar, so the URL is always a link
 * to exactly what is on screen.
 */
import { useEffect, useRef, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { acceptedValues, decodeQuery, encodeQuery, MAX_QUERY_LENGTH, siteParams, type Schema, type Values } from './urlSchema';

export interface WidgetStore<S extends Schema> {
  values: Values<S>;
  set(partial: Partial<Values<S>>): void;
  reset(): void;
}

export interface WidgetStateOptions<S extends Schema> {
  /** Initial values given by the chapter (MDX props). */
  initial?: Partial<Values<S>>;
  /** The query string to restore from (standalone page); problems found there are returned. */
  query?: string;
  /** Mirror the state into the address bar (standalone page only). */
  syncUrl?: boolean;
}

export function createWidgetStore<S extends Schema>(schema: S, opts: WidgetStateOptions<S> = {}) {
  const { values, problems } = decodeQuery(schema, opts.query ?? '', opts.initial ?? {});
  const start = values;
  const store = createStore<WidgetStore<S>>((set) => ({
    values,
    set: (partial) => set((s) => ({ values: { ...s.values, ...partial } })),
    reset: () => set({ values: start }),
  }));
  return { store, problems };
}

/** Creates the store once per mounted widget; returns its values, setter, URL problems and share query. */
export function useWidgetState<S extends Schema>(schema: S, opts: WidgetStateOptions<S> = {}) {
  const [{ store, problems }] = useState(() => createWidgetStore(schema, opts));
  const values = useStore(store as StoreApi<WidgetStore<S>>, (s) => s.values);
  const set = useStore(store as StoreApi<WidgetStore<S>>, (s) => s.set);
  const reset = useStore(store as StoreApi<WidgetStore<S>>, (s) => s.reset);
  // Only accepted values reach the address and the share links: a rejected one (a formula over the length
  // limit) keeps the last accepted value there, so a reload gives back the page the reader had.
  const accepted = useRef(values);
  accepted.current = acceptedValues(schema, values, accepted.current);
  const query = encodeQuery(schema, accepted.current);
  useEffect(() => {
    if (!opts.syncUrl) return;
    const site = siteParams(window.location.search).slice(1);
    const search = query && site ? `${query}&${site}` : query || (site ? `?${site}` : '');
    // Past the ceiling the address keeps its last state rather than grow into one a server refuses.
    if (search.length > MAX_QUERY_LENGTH) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [opts.syncUrl, query]);
  return { values, set, reset, problems, query };
}
