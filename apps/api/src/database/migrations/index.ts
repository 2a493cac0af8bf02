import { Partnerships1730000000000 } from './1730000000000-partnerships';

/** Every migration, in order. Each domain owns its files; add new ones at the end. */
export const migrations = [Partnerships1730000000000];
