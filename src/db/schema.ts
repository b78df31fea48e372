// Every table, gathered for Drizzle and drizzle-kit; each feature owns its own schema file.
export * from '../auth/schema';
export * from '../features/centre/schema';
