/**
 * Every English string of the staff workspace. They load with its page, not with the checker (first load).
 * `staff-strings-km.ts` must have the same keys (type-checked).
 */
export const staffEn = {
  title: 'Staff workspace',
  intro: 'For hotline, case and investigation staff. Sign in with the account your organisation gave you.',
  login: 'Login',
  password: 'Password',
  totp: 'Code from the authenticator app (6 digits)',
  totpHint: 'Only if your account has two-step sign-in.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name} ({roles})',
  menuLabel: 'Staff menu',
  noViews: 'Your role has no page in this workspace yet.',
  loading: 'Loading…',
  triage: {
    title: 'Triage queue',
    intro: 'Tips and calls awaiting triage, highest risk first.',
    empty: 'No tip is waiting for triage.',
    received: 'Received {time}',
    channel: 'Channel: {channel}',
    status: 'Status: {status}',
    harms: 'Harms: {harms}',
    noHarms: 'No known harm found',
    noText: 'The text of this tip is not shown to your role.',
    limitedAnalysis:
      'The reporter did not share the full analysis: only the risk and the harms are kept. The evidence is highlighted again from the text below where possible.',
    open: 'Show the tip',
    close: 'Hide the tip',
    anonymous: 'Anonymous',
    linksHeading: 'Linked reports and people',
    noLinks: 'No other tip or person shares a phone, account, wallet, link or document with this tip.',
    linkedTip: 'Another tip sharing: {shared}',
    linkedPerson: 'A person on record sharing: {shared}',
    linkedCase: '(has a case)',
    outsideScope: '{count} more record(s) match, outside what your role may see.',
    contact: 'Contact given: {contact}',
  },
  errors: {
    invalid_credentials: 'The login or the password is wrong.',
    totp_required: 'This account needs the 6-digit code from the authenticator app.',
    rate_limited: 'Too many attempts. Wait a few minutes and try again.',
    validation_failed: 'Please fill in the login and the password (and a 6-digit code if you have one).',
    forbidden: 'Your role may not see this.',
    authentication_required: 'Your session has ended. Please sign in again.',
    offline: 'The server cannot be reached. Check the connection and try again.',
    unexpected: 'Something went wrong ({code}). Please try again.',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type StaffStrings = Widen<typeof staffEn>;
