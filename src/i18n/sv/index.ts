import { about } from './about';
import { actions } from './actions';
import { areas } from './areas';
import { attest } from './attest';
import { auth } from './auth';
import { budgetRules } from './budgetRules';
import { budgetEditor } from './budgetEditor';
import { budgetFollowUp } from './budgetFollowUp';
import { budgetImport } from './budgetImport';
import { attestLog } from './attestLog';
import { auditHistory } from './auditHistory';
import { auditDesk } from './auditDesk';
import { publicRecords } from './publicRecords';
import { followUpReport } from './followUpReport';
import { planDocument } from './planDocument';
import { common } from './common';
import { dashboard } from './dashboard';
import { invoices } from './invoices';
import { governance } from './governance';
import { planContent } from './planContent';
import { results } from './results';
import { minutes } from './minutes';
import { roles } from './roles';
import { shell } from './shell';
import { planWorkflow } from './planWorkflow';
import { faults } from './faults';
import { mail } from './mail';
import { mailDigest } from './mailDigest';
import { mailPreferences } from './mailPreferences';
import { mailAdmin } from './mailAdmin';
import { people } from './people';
import { system } from './system';
import { associationSettings } from './associationSettings';

import { board } from './board';
import { noticeBoard } from './noticeBoard';

/** The Swedish catalog. Each area keeps its texts in its own file, added here. */
export const sv = {
  noticeBoard,
  people,
  system,
  board,
  mail,
  mailDigest,
  mailPreferences,
  mailAdmin,
  associationSettings,
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
  auditHistory,
  followUpReport,
  attest,
  invoices,
  governance,
  planWorkflow,
  auditDesk,
  publicRecords,
  planDocument,
  planContent,
  results,
  minutes,
  faults,
  about,
};
