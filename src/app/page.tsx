import { redirect } from 'next/navigation';
import { getSessionPerson } from '@/server/auth/get-session-person';

export default async function HomePage() {
  redirect((await getSessionPerson()) ? '/forbund' : '/logga-in');
}
