export * from './post.js';
export * from './finding.js';
export * from './report.js';
