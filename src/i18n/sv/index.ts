import { auth } from './auth';
import { common } from './common';
import { roles } from './roles';

/** The Swedish catalog. Each area keeps its texts in its own file, added here. */
export const sv = {
  common,
  auth,
  roles,
};
