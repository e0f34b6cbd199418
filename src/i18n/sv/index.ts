import { actions } from './actions';
import { areas } from './areas';
import { attest } from './attest';
import { auth } from './auth';
import { budgetRules } from './budgetRules';
import { budgetEditor } from './budgetEditor';
import { budgetFollowUp } from './budgetFollowUp';
import { budgetImport } from './budgetImport';
import { attestLog } from './attestLog';
import { followUpReport } from './followUpReport';
import { common } from './common';
import { dashboard } from './dashboard';
import { invoices } from './invoices';
import { minutes } from './minutes';
import { planContent } from './planContent';
import { governance } from './governance';
import { roles } from './roles';
import { shell } from './shell';
import { planWorkflow } from './planWorkflow';

/** The Swedish catalog. Each area keeps its texts in its own file, added here. */
export const sv = {
  common,
  auth,
  roles,
  shell,
  dashboard,
  areas,
  actions,
  budgetFollowUp,
  budgetEditor,
  budgetRules,
  budgetImport,
  attestLog,
  followUpReport,
  attest,
  invoices,
  minutes,
  governance,
  planWorkflow,
  planContent,
};
