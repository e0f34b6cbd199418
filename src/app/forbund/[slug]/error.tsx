'use client';

import { ErrorMessage, type ErrorBoundaryProps } from '@/components/shell/error-message';

/** A page of the association that failed to render: the message inside the shell, navigation kept. */
export default function AreaError(props: ErrorBoundaryProps) {
  return <ErrorMessage {...props} />;
}
