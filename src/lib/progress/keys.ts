/**
 * The storage keys and format version, apart from the zod schema so that tiny page scripts (the
 * section page's reading confirmation, the home page) can use them without bundling zod.
 */
export const PROGRESS_KEY = 'playbook.progress';
/** Where data that could not be read is set aside, never thrown away. */
export const BACKUP_KEY = 'playbook.progress.backup';
export const CURRENT_VERSION = 3;
