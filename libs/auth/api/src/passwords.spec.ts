import { hashPassword, passwordProblems, verifyPassword } from './passwords';

describe('passwordProblems (NCSC: length over complexity, deny-list)', () => {
  it('accepts a long passphrase with no symbols or digits', () => {
    expect(passwordProblems('orange canal bicycle', 'sam@example.org')).toEqual([]);
  });

  it('refuses short passwords however complex, saying how long', () => {
    expect(passwordProblems('Tr0ub4dor&3')[0]?.message).toMatch(/at least 12 characters/);
  });

  it('refuses common passwords, whatever the case or trailing digits', () => {
    expect(passwordProblems('Password1234')[0]?.message).toMatch(/commonly used/);
    expect(passwordProblems('qwertyuiop123')[0]?.message).toMatch(/commonly used/);
    expect(passwordProblems('Safeguarding2026!')[0]?.message).toMatch(/commonly used/);
  });

  it('refuses repeated characters and the email address', () => {
    expect(passwordProblems('aaaaaaaaaaaaaaaa')[0]?.message).toMatch(/repeats/);
    expect(passwordProblems('abcabcabcabcabc')[0]?.message).toMatch(/repeats/);
    expect(passwordProblems('jordan.smith river lamp', 'jordan.smith@example.org')[0]?.message).toMatch(/email/);
  });

  it('hashes with argon2id and verifies only the same password', async () => {
    const hash = await hashPassword('orange canal bicycle');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hash, 'orange canal bicycle')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'orange canal bicycles')).resolves.toBe(false);
  });
});
