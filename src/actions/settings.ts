'use server';

import { addMember } from '@/server/settings/add-member';
import { removeMember } from '@/server/settings/remove-member';
import { saveAssociationRules } from '@/server/settings/save-association-rules';
import { saveKeyFigures } from '@/server/settings/save-key-figures';
import { updateMember } from '@/server/settings/update-member';
import { associationAction, fresh } from '@/server/http/association-action';

const rules = { revalidate: ['/installningar/regler', '/budget', '/'], stale: fresh<unknown>() };
const members = { revalidate: ['/installningar/medlemmar', '/budget'], stale: fresh<unknown>() };

export const saveAssociationRulesAction = associationAction(saveAssociationRules, rules);
export const addMemberAction = associationAction(addMember, members);
export const updateMemberAction = associationAction(updateMember, members);
export const removeMemberAction = associationAction(removeMember, members);
export const saveKeyFiguresAction = associationAction(saveKeyFigures, members);
