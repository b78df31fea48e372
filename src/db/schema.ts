// Every table, gathered for Drizzle and drizzle-kit; each feature owns its own schema file.
export * from '../auth/schema';
export * from '../audit/schema';
export * from '../features/availability/schema';
export * from '../features/centre/schema';
export * from '../features/clients/schema';
export * from '../features/workers/schema';
export * from '../features/orders/schema';
export * from '../features/breakdown/schema';
export * from '../features/tasks/schema';
export * from '../features/notifications/schema';
export * from '../files/schema';
export * from '../features/planner/schema';
