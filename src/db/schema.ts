// Every table, gathered for Drizzle and drizzle-kit; each feature owns its own schema file.
export * from '../auth/schema';
export * from '../audit/schema';
export * from '../features/availability/schema';
export * from '../features/centre/schema';
export * from '../features/clients/schema';
export * from '../features/workers/schema';
