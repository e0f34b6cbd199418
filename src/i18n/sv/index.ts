import { areas } from './areas';
import { auth } from './auth';
import { budgetEditor } from './budgetEditor';
import { common } from './common';
import { dashboard } from './dashboard';
import { roles } from './roles';
import { shell } from './shell';
import { actions } from './actions';
import { budgetFollowUp } from './budgetFollowUp';
import { budgetRules } from './budgetRules';
import { budgetImport } from './budgetImport';

/** The Swedish catalog. Each area keeps its texts in its own file, added here. */
export const sv = {
  common,
  auth,
  roles,
  shell,
  dashboard,
  areas,
  budgetEditor,
  actions,
  budgetRules,
  budgetFollowUp,
  budgetImport,
};
