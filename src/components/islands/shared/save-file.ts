/**
 * The download helper as TransferActions loads it, on demand. A module of its own, because the
 * exit plan imports download.ts directly: a file both imported and loaded on demand gets the
 * bundler's module wrapper, which cost the exit plan more than the checklist saves.
 */
export { downloadTextFile } from './download';
