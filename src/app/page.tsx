import { redirect } from 'next/navigation';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { listMyAssociations } from '@/server/authz/list-my-associations';
import { isSystemAdmin } from '@/server/system/assert-system-admin';

export default async function HomePage() {
  const person = await getSessionPerson();
  if (!person) redirect('/logga-in');
  // A system administrator with no role in any association has only /system to go to.
  if ((await isSystemAdmin(person.id)) && (await listMyAssociations(person.id)).length === 0) redirect('/system');
  redirect('/forbund');
}
