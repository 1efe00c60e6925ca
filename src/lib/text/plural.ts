/** A count with its noun, singular for one: `counted(1, 'code')` is "1 code", `counted(2, 'code')` "2 codes". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
