import { ForbiddenMessage } from '@/components/shell/status-page';

/** A page the person's roles may not open: the message inside the association's shell, navigation kept. */
export default function AreaForbidden() {
  return <ForbiddenMessage />;
}
