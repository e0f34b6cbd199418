'use server';

import { personAction } from '@/server/http/person-action';
import { saveMailPreferences } from '@/server/mail/save-mail-preferences';

export const saveMailPreferencesAction = personAction(saveMailPreferences, { revalidate: ['/konto/e-post'] });
