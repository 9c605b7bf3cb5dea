// The two ways a form opts in to being kept across a lock, one line each:
//   const [amount, setAmount] = useKeptState(clientId, `deposit/${id}/amount`, '');   // for useState
//   useKeptForm(clientId, 'client-details', form);                                    // for react-hook-form
// clientId is the record the entry belongs to (null: a form with no record yet). Values must be
// plain JSON (they may be saved as the client's draft).
import { useEffect, useLayoutEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { givenBack, hold, taken } from './kept';

/** useState whose value comes back after the PIN, for the person who locked. */
export function useKeptState<T>(clientId: number | null, key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    const back = givenBack(clientId, key);
    if (back) return back.value as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const current = useRef(value);
  current.current = value;
  useEffect(() => {
    taken(clientId, key);
    return hold({ clientId, key, read: () => current.current });
  }, [clientId, key]);
  return [value, setValue];
}

/** A react-hook-form form whose values come back after the PIN, for the person who locked. */
export function useKeptForm<V extends FieldValues>(clientId: number | null, key: string, form: UseFormReturn<V>): void {
  const { reset, getValues } = form;
  useLayoutEffect(() => {
    const back = givenBack(clientId, key);
    if (back) {
      // As typed, over the form's starting values: the form stays "changed" against what is on file.
      reset(back.value as V, { keepDefaultValues: true });
      taken(clientId, key);
    }
    return hold({ clientId, key, read: () => getValues() });
  }, [clientId, key, reset, getValues]);
}
