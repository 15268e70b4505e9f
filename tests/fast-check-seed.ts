/**
 * Property tests explore new random inputs on every local run, which is how they find bugs. In CI
 * (CI=true) they run with a fixed seed, so that landing a change never depends on the draw; set
 * FC_SEED to replay any seed a failure printed, locally or in CI.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
