// Filled in by the spine work: creates the migrated template database.
export default async function setup(): Promise<void> {}
