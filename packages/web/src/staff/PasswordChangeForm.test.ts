import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, newPasswordProblem } from './PasswordChangeForm.tsx';

describe('newPasswordProblem', () => {
  it('asks for the server’s minimum length, counted in characters, not UTF-16 units', () => {
    expect(newPasswordProblem('short', 'short')).toBe('tooShort');
    expect(newPasswordProblem('a'.repeat(MIN_PASSWORD_LENGTH - 1), 'a'.repeat(MIN_PASSWORD_LENGTH - 1))).toBe(
      'tooShort',
    );
    const emoji = '🙂'.repeat(MIN_PASSWORD_LENGTH - 1);
    expect(newPasswordProblem(emoji, emoji)).toBe('tooShort');
  });

  it('requires the two entries to match', () => {
    expect(newPasswordProblem('fictional river lotus 7', 'fictional river lotus 8')).toBe('mismatch');
    expect(newPasswordProblem('fictional river lotus 7', 'fictional river lotus 7')).toBeNull();
  });
});
