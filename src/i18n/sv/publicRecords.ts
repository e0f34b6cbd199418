export const publicRecords = {};
