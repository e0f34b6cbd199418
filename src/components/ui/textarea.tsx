'use client';

import type { ComponentProps } from 'react';
import { controlClassName } from './control-class';
import { useFieldControl } from './field';

export interface TextareaProps extends ComponentProps<'textarea'> {
  testId?: string;
}

/** A text area; inside a `Field` it takes the field's id, description and invalid state. */
export function Textarea({ className, testId, ...props }: TextareaProps) {
  const control = useFieldControl(props);
  return <textarea {...props} {...control} className={controlClassName(className)} data-testid={testId} />;
}
