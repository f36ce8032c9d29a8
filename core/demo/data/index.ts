/**
 * Demonstration workspace data: plain typed records with no database access. The demo seeder
 * reads these and writes them through the ordinary services.
 */
export * from './types';
export * from './sources';
export * from './geography';
export * from './missions';
export * from './partners';
export * from './programmes';
export * from './users';
