// Moved to src/node/geo-files.ts; kept until the ingest branch, which imports this path, is merged.
export * from '../../src/node/geo-files';
