import { common } from './common';

/** The Swedish catalog. Each area keeps its texts in its own file, added here. */
export const sv = {
  common,
};
