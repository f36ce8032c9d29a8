import { createContext, useContext } from 'react';
import type { FieldErrors } from './field-errors';

/** Errors already placed at the paths the form renders (see placeFieldErrors). */
export const FormErrorsContext = createContext<FieldErrors>({});

export function useFieldErrors(path: string): string[] | undefined {
  return useContext(FormErrorsContext)[path];
}
