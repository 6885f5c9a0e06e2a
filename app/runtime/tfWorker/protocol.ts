/** Messages between the page and its one tfjs worker: a port number per widget connection. */
export type PortMessageIn = { port: number; open: string } | { port: number; data: unknown } | { port: number; close: true };
export type PortMessageOut = { port: number; data: unknown } | { port: number; error: string };
