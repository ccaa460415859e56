export * from './schema';
export * from './store';
export * from './transfer';
export { migrate, NewerVersionError } from './migrate';
