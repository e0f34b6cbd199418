'use client';

import type { ComponentProps } from 'react';
import { controlClassName } from './control-class';
import { useFieldControl } from './field';

export interface InputProps extends ComponentProps<'input'> {
  testId?: string;
}

/** A text box; inside a `Field` it takes the field's id, description and invalid state. */
export function Input({ className, testId, ...props }: InputProps) {
  const control = useFieldControl(props);
  return <input {...props} {...control} className={controlClassName(className)} data-testid={testId} />;
}
