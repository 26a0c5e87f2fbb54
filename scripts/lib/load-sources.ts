// Moved to src/data/geo-files.ts; kept so the ingest scripts and tests, changed on another branch, still resolve.
export * from '../../src/data/geo-files';
